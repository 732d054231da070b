using System.CommandLine;

namespace LineFlex.Cli;

/// <summary>
/// The file a command reads, with the decisions on what a design in LINE's dialect holds that Infobip cannot carry
/// (<c>--hero-to-body</c>, <c>--bubble N</c>). Every command that reads a file reads it here, so each one reports what
/// the import left out, takes the same decisions, and refuses where <c>lineflex import</c> would: nothing is dropped in
/// silence.
/// </summary>
internal sealed class FileInput
{
    private readonly Option<bool> _heroToBody = new("--hero-to-body")
    {
        Description = "For LINE's dialect: move a hero to the top of the body instead of refusing the file.",
    };

    private readonly Option<int?> _bubble = RangedOption.OptionalWholeNumber(
        "--bubble",
        "For LINE's dialect: take the carousel's bubble at this index (contents[N]) instead of refusing the carousel.",
        0,
        int.MaxValue);

    /// <summary>The <c>file</c> argument, described by <paramref name="description"/>.</summary>
    public FileInput(string description) => File = FlexFile.Argument(description);

    /// <summary>The <c>file</c> argument.</summary>
    public Argument<FileInfo> File { get; }

    /// <summary>Adds the argument and the decisions to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(_heroToBody);
        command.Options.Add(_bubble);
    }

    /// <summary>
    /// The file read with the decisions taken, or null after printing why it could not be. The import's findings are
    /// the caller's to print (<c>validate</c> and <c>import</c> report every finding).
    /// </summary>
    /// <exception cref="CommandFailedException">A decision is given for a file in Infobip's dialect: a usage error.</exception>
    public FlexFile? Read(ParseResult result) => Read(result, result.GetValue(File)!);

    /// <summary>Reads <paramref name="file"/>, one more file of the command's, as <see cref="Read(ParseResult)"/> reads the argument.</summary>
    /// <exception cref="CommandFailedException">A decision is given for a file in Infobip's dialect: a usage error.</exception>
    public FlexFile? Read(ParseResult result, FileInfo file)
    {
        var error = result.InvocationConfiguration.Error;
        var options = new LineImportOptions { HeroToBody = result.GetValue(_heroToBody), CarouselBubble = result.GetValue(_bubble) };
        var read = FlexFile.Read(file, error, options);
        if (read is { Import: null } && Given(result) is { } decision)
        {
            throw new CommandFailedException(
                $"{decision} is for a file in LINE's dialect, and {read.File.Name} is {read.Description}; leave {decision} out.", ExitCode.Usage);
        }

        return read;
    }

    /// <summary>
    /// The file read with the decisions taken, to be used as it is: the import's differences are printed on stderr, and
    /// while one needs a decision, the file is refused (null) with <paramref name="notDone"/> (<c>Not sent</c>) saying so.
    /// </summary>
    public FlexFile? ReadSettled(ParseResult result, string notDone) => ReadSettled(result, result.GetValue(File)!, notDone);

    /// <summary>Reads <paramref name="file"/>, one more file of the command's, as <see cref="ReadSettled(ParseResult, string)"/> reads the argument.</summary>
    public FlexFile? ReadSettled(ParseResult result, FileInfo file, string notDone)
    {
        var read = Read(result, file);
        if (read?.Import is not { } import)
        {
            return read;
        }

        var error = result.InvocationConfiguration.Error;
        ResultPrinter.Findings(error, read.File.Name, import.Differences);
        return Settled(read, error, notDone) ? read : null;
    }

    /// <summary>
    /// True when no difference of <paramref name="read"/>'s import needs a decision; otherwise false, after an error line
    /// that starts with <paramref name="notDone"/> and points to the errors printed above it.
    /// </summary>
    public static bool Settled(FlexFile read, TextWriter error, string notDone)
    {
        var undecided = read.Import?.Differences.Count(f => f.Severity == FindingSeverity.Error) ?? 0;
        if (undecided == 0)
        {
            return true;
        }

        error.WriteLine(ErrorLine.Of(
            $"{notDone}: {undecided} thing(s) Infobip cannot carry need a decision (see the errors above)."));
        return false;
    }

    /// <summary>Refuses the decisions for LINE's dialect when the command reads no JSON file: <paramref name="what"/> says what it reads instead.</summary>
    /// <exception cref="CommandFailedException">A decision is given: a usage error.</exception>
    public void RefuseDecisions(ParseResult result, string what)
    {
        if (Given(result) is { } decision)
        {
            throw new CommandFailedException($"{decision} is for a file in LINE's dialect, and {what}; leave {decision} out.", ExitCode.Usage);
        }
    }

    private string? Given(ParseResult result) =>
        result.GetResult(_heroToBody) is { Implicit: false } ? _heroToBody.Name
        : result.GetResult(_bubble) is { Implicit: false } ? _bubble.Name
        : null;
}
