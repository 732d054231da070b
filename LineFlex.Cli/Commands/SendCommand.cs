using System.CommandLine;
using Newtonsoft.Json.Linq;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex send file.json [--dry-run] [--format json]</c>: parses, validates and sends a request file; a request of
/// more messages than <c>--batch-size</c> goes in batches, with progress on a terminal.
/// </summary>
internal static class SendCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new FileInput("A request JSON file (the body of POST /line/1/messages), one message, or a content or bubble (either dialect) with --sender and --to.");
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse, validate and print the JSON that would be sent, without sending." };
        var sender = new Option<string?>("--sender") { Description = "For a content or bubble file: the LINE Official Account id that sends it." };
        var to = new Option<string?>("--to") { Description = "For a content or bubble file: the recipient's phone number." };
        var altText = new Option<string?>("--alt-text") { Description = "For a bare bubble: the alt text." };
        var batchSize = RangedOption.WholeNumber(
            "--batch-size",
            "A request of more messages than this goes in requests of at most this many, four at a time, with progress on a terminal; 1 to 1000.",
            1,
            MaxBatchSize,
            new LineFlexOptions().BulkBatchSize);
        var format = ResultJson.FormatOption("text: the bulk id and each message's id and status, a line each; json: one JSON document, for scripts.");
        var target = new TargetOptions("Send to a sandbox started in-process instead of the configured target.");
        var command = new Command(
            "send",
            "Parse, validate and send a request file; print the bulk id and each message's id and status. Sends to the target named by --base-url and --api-key-file (or --api-key-stdin, --api-key), else by LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY), or with --sandbox to an in-process sandbox.")
        {
            dryRun,
            sender,
            to,
            altText,
            batchSize,
            format,
        };
        file.AddTo(command);
        target.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var json = result.GetValue(format) == ResultJson.Json;
            var read = file.ReadSettled(result, "Not sent");
            if (read is null)
            {
                return ExitCode.Failure;
            }

            var (senderValue, toValue, altTextValue) = (result.GetValue(sender), result.GetValue(to), result.GetValue(altText));
            var request = read.Node switch
            {
                LineRequest or LineMessage when (senderValue, toValue, altTextValue) != (null, null, null) =>
                    throw new CommandFailedException(
                        $"{read.File.Name} is {read.Description}, which has its own sender, recipients and alt text; leave out --sender, --to and --alt-text.", ExitCode.Usage),
                LineRequest whole => whole,
                LineMessage message => new LineRequest { Messages = [message] },
                _ => read.ToRequest(senderValue, toValue, altTextValue),
            };

            var report = FlexValidator.Default.Validate(request);
            var document = new JObject
            {
                ["file"] = read.File.Name,
                ["holds"] = read.Description,
                ["valid"] = report.IsValid,
                ["findings"] = new JArray(report.Findings.Select(ResultJson.Finding)),
                ["dryRun"] = result.GetValue(dryRun),
                ["sent"] = false,
            };
            if (!json)
            {
                ResultPrinter.Findings(output, report);
            }

            if (!report.IsValid)
            {
                Finish(output, json, document, $"Not sent: {report.Errors.Count} error(s).");
                return ExitCode.Failure;
            }

            var messages = request.Messages!;
            var batch = result.GetValue(batchSize);
            if (messages.Count > batch && request.Options is not null)
            {
                throw new CommandFailedException(
                    $"{read.File.Name} holds {messages.Count} messages and request options (\"options\": a bulk id, a schedule, tracking), which belong to one request; sent in requests of {batch} messages they would be split. "
                    + $"Pass --batch-size {Math.Min(messages.Count, MaxBatchSize)} to send it as one request (at most {MaxBatchSize} messages), or leave the request options out.");
            }

            if (result.GetValue(dryRun))
            {
                document["request"] = JObject.Parse(FlexJson.Serialize(request));
                if (!json)
                {
                    output.WriteLine(FlexJson.Serialize(request, indented: true));
                }

                Finish(output, json, document, "Dry run: valid, not sent.");
                return ExitCode.Success;
            }

            await using var sendTarget = await target.ResolveAsync(result, console, sandboxByDefault: false, batch, cancellationToken).ConfigureAwait(false);
            if (!json)
            {
                output.WriteLine(sendTarget.Describe("Sending to"));
            }

            return messages.Count > batch
                ? await SendInBatchesAsync(sendTarget, messages, new BulkProgressLine(new ProgressLine(console), messages.Count), output, json, document, cancellationToken).ConfigureAwait(false)
                : await SendOneAsync(sendTarget, request, output, json, document, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The most messages <c>--batch-size</c> puts in one request, as <see cref="LineFlexOptions.BulkBatchSize"/> allows.</summary>
    public const int MaxBatchSize = 1000;

    private static async Task<int> SendOneAsync(SendTarget target, LineRequest request, TextWriter output, bool json, JObject document, CancellationToken cancellationToken)
    {
        var sent = await target.CallAsync(client => client.SendAsync(request, SendOptions.WithoutValidation, cancellationToken)).ConfigureAwait(false);
        if (json)
        {
            Sent(document, target, request.Messages!.Count, [(sent.BulkId, sent.Messages)], []);
        }
        else
        {
            output.WriteLine($"{target.Answerer} accepted the request:");
            ResultPrinter.Sent(output, sent);
        }

        Finish(output, json, document, null);
        return ExitCode.Success;
    }

    private static async Task<int> SendInBatchesAsync(
        SendTarget target, IReadOnlyList<LineMessage> messages, BulkProgressLine progress, TextWriter output, bool json, JObject document, CancellationToken cancellationToken)
    {
        BulkOutcome outcome;
        var cancelled = false;
        try
        {
            outcome = await target.Client.SendAllAsync(messages, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (BulkSendCanceledException exception)
        {
            // Which messages went out matters most now: say so before stopping.
            outcome = exception.Outcome;
            cancelled = true;
        }
        finally
        {
            progress.End();
        }

        var bulks = outcome.Items.Where(i => i.Accepted).GroupBy(i => i.BulkId).Select(g => (g.Key, (IReadOnlyList<SentMessage>)[.. g.SelectMany(i => i.Sent)])).ToList();
        if (json)
        {
            Sent(document, target, outcome.Accepted, bulks, outcome.Failures.Select(i => new JObject
            {
                ["message"] = i.Index,
                ["outcome"] = char.ToLowerInvariant(i.Status.ToString()[0]) + i.Status.ToString()[1..],
                ["error"] = target.InWords(i.Error!),
            }));
        }
        else
        {
            output.WriteLine($"{target.Answerer} answered {bulks.Count} request(s) of the {messages.Count} messages:");
            foreach (var (bulkId, sent) in bulks)
            {
                ResultPrinter.Sent(output, new SendResult(bulkId, sent));
            }

            foreach (var failure in outcome.Failures)
            {
                output.WriteLine(ErrorLine.Bounded($"messages[{failure.Index}]: {Words(failure.Status)}: {target.InWords(failure.Error!)}"));
            }
        }

        Finish(output, json, document, cancelled ? $"Cancelled: {outcome}." : outcome + ".");
        return outcome.Failed == 0 && !cancelled ? ExitCode.Success : ExitCode.Failure;
    }

    private static void Sent(JObject document, SendTarget target, int accepted, IEnumerable<(string? BulkId, IReadOnlyList<SentMessage> Messages)> bulks, IEnumerable<JObject> failures)
    {
        var failed = new JArray(failures);
        document["sent"] = accepted > 0;
        document["target"] = ResultJson.Target(target);
        document["accepted"] = accepted;
        document["failed"] = failed.Count;
        document["bulks"] = new JArray(bulks.Select(b => new JObject { ["bulkId"] = b.BulkId, ["messages"] = new JArray(b.Messages.Select(ResultJson.Sent)) }));
        document["failures"] = failed;
    }

    /// <summary>The JSON document in json mode; otherwise <paramref name="summary"/>, when there is one.</summary>
    private static void Finish(TextWriter output, bool json, JObject document, string? summary)
    {
        if (json)
        {
            ResultJson.Write(output, document);
        }
        else if (summary is not null)
        {
            output.WriteLine(summary);
        }
    }

    private static string Words(BulkItemStatus status) => status switch
    {
        BulkItemStatus.NotSent => "not sent",
        BulkItemStatus.MayHaveBeenDelivered => "may have been delivered (check its delivery report before sending it again)",
        _ => "failed",
    };

    /// <summary>
    /// Shows a bulk send's progress on a <see cref="ProgressLine"/>. Batches end in any order, so a report older than
    /// the one shown is dropped.
    /// </summary>
    private sealed class BulkProgressLine(ProgressLine line, int total) : IProgress<BulkProgress>
    {
        private readonly Lock _gate = new();
        private int _shown = -1;

        public void Report(BulkProgress value)
        {
            lock (_gate)
            {
                if (value.Processed <= _shown)
                {
                    return;
                }

                _shown = value.Processed;
                line.Show($"Sent {value.Processed} of {total} message(s): {value.Accepted} accepted, {value.Failed} failed");
            }
        }

        public void End() => line.End();
    }
}
