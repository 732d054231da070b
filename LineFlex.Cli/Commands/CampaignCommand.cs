using System.CommandLine;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex campaign status|ambiguous|resend</c>: reads a campaign's progress from the workers' PostgreSQL ledger,
/// lists the ambiguous messages with their evidence, and re-sends the ones an operator chose.
/// </summary>
internal static class CampaignCommand
{
    /// <summary>Where the ledger's connection string comes from when <c>--ledger</c> is not given.</summary>
    public const string LedgerVariable = "LINEFLEX_LEDGER";

    public static Command Create(CliConsole console)
    {
        var command = new Command("campaign", "Follow and repair campaigns sent by LineFlex.MassTransit workers, from their PostgreSQL ledger (docs/scale-out.md).")
        {
            Status(),
            Ambiguous(),
            Resend(console),
        };
        return command;
    }

    private static Option<string?> LedgerOption() => new("--ledger")
    {
        Description = $"The ledger's PostgreSQL connection string (Host=...;Username=...;Database=...); default: the {LedgerVariable} environment variable.",
    };

    private static Command Status()
    {
        var campaign = new Argument<string>("campaign-id") { Description = "The campaign id the requests carried." };
        var ledger = LedgerOption();
        var format = ResultJson.FormatOption("text: a line per state; json: one JSON document, for scripts.");
        var command = new Command("status", "Count the campaign's messages by state (received, sending, accepted, failed, ambiguous) and how many were reported delivered.")
        {
            campaign,
            ledger,
            format,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var id = result.GetValue(campaign)!;
            await using var notifications = Open(result.GetValue(ledger));
            var status = await Read(() => notifications.GetCampaignStatusAsync(id, cancellationToken)).ConfigureAwait(false);
            if (result.GetValue(format) == ResultJson.Json)
            {
                var counts = new JObject();
                foreach (var (state, count) in status.Counts)
                {
                    counts[state.ToString().ToLowerInvariant()] = count;
                }

                ResultJson.Write(output, new JObject { ["campaign"] = id, ["total"] = status.Total, ["counts"] = counts, ["delivered"] = status.Delivered });
                return ExitCode.Success;
            }

            output.WriteLine($"campaign {id}: {status.Total} message(s)");
            foreach (var (state, count) in status.Counts)
            {
                output.WriteLine($"  {state.ToString().ToLowerInvariant(),-10} {count}");
            }

            output.WriteLine($"  delivered  {status.Delivered} (from delivery reports)");
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Ambiguous()
    {
        var campaign = new Argument<string?>("campaign-id") { Description = "Only this campaign's; all when left out.", Arity = ArgumentArity.ZeroOrOne };
        var ledger = LedgerOption();
        var command = new Command("ambiguous", "List the messages that may have been delivered (their worker died between sending and recording the answer), with the evidence, oldest first.")
        {
            campaign,
            ledger,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var notifications = Open(result.GetValue(ledger));
            var found = await Read(() => notifications.GetAmbiguousAsync(result.GetValue(campaign), cancellationToken)).ConfigureAwait(false);
            foreach (var message in found)
            {
                output.WriteLine($"{message.MessageId}\t{message.Destination}\t{message.Evidence}");
            }

            output.WriteLine($"{found.Count} ambiguous message(s). Check their delivery reports, then re-send the undelivered ones with: lineflex campaign resend <message-id>...");
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Resend(CliConsole console)
    {
        var ids = new Argument<string[]>("message-id") { Description = "The ambiguous messages to send again, each exactly as first sent.", Arity = ArgumentArity.OneOrMore };
        var ledger = LedgerOption();
        var target = new TargetOptions("Send to a fresh sandbox started in-process instead of the configured target.");
        var command = new Command(
            "resend",
            "Send chosen ambiguous messages again (after checking their delivery reports), through the target named by --base-url and --api-key-file, else by LineFlex__BaseUrl and LineFlex__ApiKey. A message that is not ambiguous is left alone.")
        {
            ids,
            ledger,
        };
        target.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var notifications = Open(result.GetValue(ledger));
            await using var sendTarget = await target.ResolveAsync(result, console, sandboxByDefault: false, batchSize: null, cancellationToken).ConfigureAwait(false);
            output.WriteLine(sendTarget.Describe("Sending to"));
            var results = await Read(() => sendTarget.CallAsync(client => notifications.ResendAsync(result.GetValue(ids)!, client, cancellationToken))).ConfigureAwait(false);
            foreach (var resent in results)
            {
                output.WriteLine($"{resent.MessageId}: {(resent.Resent ? resent.State.ToString()!.ToLowerInvariant() : "left alone")}: {resent.Detail}");
            }

            return results.All(r => r.Resent && r.State == LedgerState.Accepted) ? ExitCode.Success : ExitCode.Failure;
        });
        return command;
    }

    private static NotificationLedger Open(string? option)
    {
        var connection = option ?? Environment.GetEnvironmentVariable(LedgerVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new CommandFailedException($"no ledger: give --ledger \"Host=...;Username=...;Database=...\" or set {LedgerVariable}.", ExitCode.Usage);
        }

        try
        {
            return new NotificationLedger(connection);
        }
        catch (ArgumentException e)
        {
            throw new CommandFailedException($"--ledger: {e.Message}");
        }
    }

    private static async Task<T> Read<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new CommandFailedException("the database has no LineFlex ledger (table lineflex_ledger): workers create it on start; is --ledger the workers' database?");
        }
        catch (NpgsqlException e)
        {
            throw new CommandFailedException($"the ledger could not be read: {e.Message} Check --ledger (or {LedgerVariable}) and that PostgreSQL is running.");
        }
    }
}
