namespace LineFlex.Cli;

/// <summary>
/// A failure a command has already put in words for its user, such as an environment variable that does not hold a
/// usable URL or a port in use. Its message is the whole error line: what is wrong, where, and what to do.
/// </summary>
/// <param name="message">The error line, without <c>error: </c>.</param>
/// <param name="exitCode">
/// <see cref="Cli.ExitCode.Failure"/> for bad input or a failure; <see cref="Cli.ExitCode.Usage"/> when the command line
/// itself is wrong in a way only the command can tell (options that do not fit the file given, say).
/// </param>
internal sealed class CommandFailedException(string message, int exitCode = Cli.ExitCode.Failure) : Exception(message)
{
    /// <summary>What <c>lineflex</c> returns to the shell.</summary>
    public int ExitCode { get; } = exitCode;
}
