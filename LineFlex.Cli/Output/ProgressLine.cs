namespace LineFlex.Cli;

/// <summary>
/// One line on stderr that long work rewrites in place (<c>\r</c>) to show how far it has come, only when stderr is a
/// terminal: redirected to a file or a pipe, it prints nothing, so what a script reads stays as it was.
/// </summary>
internal sealed class ProgressLine
{
    private readonly TextWriter? _terminal;
    private readonly Lock _gate = new();
    private int _width;

    public ProgressLine(CliConsole console)
    {
        _terminal = console.ErrorIsTerminal ? console.Error : null;
    }

    /// <summary>Shows <paramref name="text"/> in place of what the line showed before.</summary>
    public void Show(string text)
    {
        if (_terminal is null)
        {
            return;
        }

        lock (_gate)
        {
            _terminal.Write("\r" + text.PadRight(_width));
            _terminal.Flush();
            _width = text.Length;
        }
    }

    /// <summary>Ends the line, so what is printed next starts on a line of its own.</summary>
    public void End()
    {
        if (_terminal is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_width > 0)
            {
                _terminal.WriteLine();
                _width = 0;
            }
        }
    }
}
