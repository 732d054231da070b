namespace LineFlex.Cli;

/// <summary>What <c>lineflex</c> returns to the shell, the same for every command (the README's command table lists them).</summary>
internal static class ExitCode
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input (a file, an environment variable) or a failure (a refused send, a port in use, an unreachable server).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument, a value out of range.</summary>
    public const int Usage = 2;
}
