namespace LineFlex.Cli;

/// <summary>
/// What a command reads and writes besides its arguments: stdout, stderr, stdin, and whether stdin and stderr are a
/// terminal. The process passes its own (<see cref="Process"/>); tests pass writers they read and say what a terminal
/// would be, so progress and key prompts are tested without one.
/// </summary>
/// <param name="Output">Where results go (stdout).</param>
/// <param name="Error">Where errors and progress go (stderr).</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error)
{
    /// <summary>Standard input, read by <c>--api-key-stdin</c>; empty unless given.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>True when standard input is a terminal (not a pipe or file), where a typed key would show.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>True when stderr is a terminal, so long work may show its progress there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// How long <c>--api-key-file</c> waits for its file to end: a pipe with no writer, or one whose writer never closes
    /// it, would keep the command waiting for ever.
    /// </summary>
    public TimeSpan KeyFileWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The process's own console.</summary>
    public static CliConsole Process() => new(Console.Out, Console.Error)
    {
        Input = Console.In,
        InputIsTerminal = !Console.IsInputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
