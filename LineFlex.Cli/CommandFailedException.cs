namespace LineFlex.Cli;

/// <summary>
/// A failure a command has already put in words for its user, such as an environment variable that does not hold a
/// usable URL or a port in use. Its message is the whole error line: what is wrong, where, and what to do.
/// </summary>
internal sealed class CommandFailedException(string message) : Exception(message);
