namespace LineFlex.Cli.Commands;

/// <summary>Reads a request file for a command, printing the parser's error the same way for every command.</summary>
internal static class RequestFile
{
    /// <summary>The parsed request, or null after printing why it could not be read.</summary>
    /// <remarks>
    /// The file is parsed as UTF-8 bytes from a stream, so the parser's own checks of the encoding and of the
    /// document's size apply to files as they do to request bodies.
    /// </remarks>
    public static LineRequest? Read(FileInfo file, TextWriter error)
    {
        if (!IsFile(file, error))
        {
            return null;
        }

        try
        {
            using var stream = file.OpenRead();
            return FlexJson.Deserialize<LineRequest>(stream);
        }
        catch (FlexJsonException e)
        {
            ParseError(file, e, error);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} could not be read: {e.Message} Check that it is a readable file."));
            return null;
        }
    }

    /// <summary>Whether <paramref name="file"/> names an existing file; prints what is wrong when it does not.</summary>
    public static bool IsFile(FileInfo file, TextWriter error)
    {
        if (Directory.Exists(file.FullName))
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} is a directory. Give the path of a request JSON file (the body of POST /line/1/messages)."));
            return false;
        }

        if (!file.Exists)
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} does not exist. Check the path of the request JSON file."));
            return false;
        }

        return true;
    }

    /// <summary>Prints the parser's error as <c>file.json(line,position): error at path: problem</c>.</summary>
    public static void ParseError(FileInfo file, FlexJsonException e, TextWriter error) =>
        error.WriteLine(ErrorLine.Bounded($"{file.Name}({e.LineNumber},{e.LinePosition}): error at {(e.Path.Length == 0 ? "$" : e.Path)}: {e.Problem}"));
}
