namespace LineFlex.Cli;

/// <summary>Where a command's result goes: the file of <c>-o</c>, or standard output.</summary>
internal static class OutputFile
{
    public static void Write(FileInfo? file, string text, TextWriter output)
    {
        if (file is null)
        {
            output.WriteLine(text);
            return;
        }

        try
        {
            File.WriteAllText(file.FullName, text.EndsWith('\n') ? text : text + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"{file.FullName} could not be written: {e.Message} Check the folder exists and is writable.");
        }

        output.WriteLine($"Wrote {file.FullName}.");
    }
}
