using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex check FILE --approvals DIR</c>: whether each message of a file keeps to a shape LINE approved; exit 0
/// when all do, 1 listing every difference from the closest approval by wire path.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var file = new FileInput("A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON.");
        var approvals = new Option<DirectoryInfo>("--approvals") { Description = "The approvals folder `lineflex approval` wrote.", Required = true };
        var command = new Command(
            "check",
            "Check that each message of a file conforms to an approved template (the approvals folder `lineflex approval` wrote); lists every difference from the closest approval by wire path, with a code.")
        {
            approvals,
        };
        file.AddTo(command);
        command.SetAction(result =>
        {
            var folder = result.GetValue(approvals)!;
            ApprovedTemplates approved;
            try
            {
                approved = ApprovedTemplates.Load(folder.FullName);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FormatException or IOException or UnauthorizedAccessException)
            {
                throw new CommandFailedException(e.Message);
            }

            if (file.Read(result) is not { } read)
            {
                return ExitCode.Failure;
            }

            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var failed = false;
            foreach (var (message, path) in Messages(read.Node))
            {
                var check = approved.Check(message);
                var name = path.Length == 0 ? "The message" : path;
                if (check.Conforms)
                {
                    stdout.WriteLine($"{name} conforms to {check.Approval!.Template}/{check.Approval.Variant} ({check.Approval.Hash}).");
                    continue;
                }

                failed = true;
                stderr.WriteLine(check.Approval is null
                    ? $"{name} has no approval to conform to:"
                    : $"{name} does not conform to {check.Approval.Template}/{check.Approval.Variant}, the closest approval ({check.Differences.Count} difference(s)):");
                foreach (var difference in check.Differences)
                {
                    stderr.WriteLine($"  {(path.Length == 0 ? difference.Path : path + "." + difference.Path)}: {difference.Message} [{difference.Code}]");
                }
            }

            return failed ? ExitCode.Failure : ExitCode.Success;
        });
        return command;
    }

    private static IEnumerable<(LineMessage Message, string Path)> Messages(object node) => node switch
    {
        LineRequest request => (request.Messages ?? []).Select((m, i) => (m, $"messages[{i}]")),
        LineMessage message => [(message, string.Empty)],
        LineNotificationContent content => [(new LineMessage { Content = content }, string.Empty)],
        _ => [(new LineMessage { Content = new LineNotificationContent { Contents = (FlexBubble)node } }, string.Empty)],
    };
}
