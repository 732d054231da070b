namespace LineFlex.Cli.Commands;

/// <summary>Reads a request file for a command, printing the parser's error the same way for every command.</summary>
internal static class RequestFile
{
    /// <summary>The parsed request, or null after printing why it could not be read.</summary>
    public static LineRequest? Read(FileInfo file, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"error: {file.FullName} does not exist.");
            return null;
        }

        try
        {
            using var reader = file.OpenText();
            return FlexJson.Deserialize<LineRequest>(reader);
        }
        catch (FlexJsonException e)
        {
            error.WriteLine($"{file.Name}({e.LineNumber},{e.LinePosition}): error at {(e.Path.Length == 0 ? "$" : e.Path)}: {e.Problem}");
            return null;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {file.FullName} could not be read: {e.Message}");
            return null;
        }
    }
}
