namespace LineFlex.Cli;

/// <summary>
/// A base URL or API key and where it came from (<c>--base-url</c>, <c>LineFlex__ApiKey</c>, <c>--api-key-file
/// key.txt</c>), so that an unusable one is an error naming its place. <see cref="ToString"/> never shows the value.
/// </summary>
/// <param name="Value">The URL or key.</param>
/// <param name="Source">Where it came from, as the user wrote it: an option or an environment variable.</param>
/// <param name="OnCommandLine">True for an option's value: a bad one is a usage error (exit code 2), not bad input.</param>
internal sealed record TargetSetting(string Value, string Source, bool OnCommandLine)
{
    /// <summary>
    /// The transport's own checks of <paramref name="options"/>, as an error that names the setting at fault instead of
    /// the options' property, or null when they pass. The key never appears in the message: the transport names only its length
    /// and the position of a bad character.
    /// </summary>
    public static CommandFailedException? Problem(LineFlexOptions options, TargetSetting baseUrl, TargetSetting apiKey)
    {
        try
        {
            options.Validate();
            return null;
        }
        catch (ArgumentException exception) when (exception.ParamName is nameof(LineFlexOptions.BaseUrl) or nameof(LineFlexOptions.ApiKey))
        {
            var setting = exception.ParamName == nameof(LineFlexOptions.BaseUrl) ? baseUrl : apiKey;
            var problem = exception.Message
                .Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal)
                .Replace($"{nameof(LineFlexOptions)}.{exception.ParamName}", setting.Source, StringComparison.Ordinal);
            var where = problem.Contains(setting.Source, StringComparison.Ordinal) ? string.Empty : setting.Source + ": ";
            return new CommandFailedException(where + problem, setting.OnCommandLine ? ExitCode.Usage : ExitCode.Failure);
        }
    }

    /// <summary>The problem with a base URL alone (a stand-in key), or null.</summary>
    public static string? ProblemWithBaseUrl(TargetSetting baseUrl) =>
        Problem(new LineFlexOptions { BaseUrl = baseUrl.Value, ApiKey = "stand-in" }, baseUrl, baseUrl)?.Message;

    /// <summary>The problem with an API key alone (a stand-in URL), or null.</summary>
    public static string? ProblemWithApiKey(TargetSetting apiKey) =>
        Problem(new LineFlexOptions { BaseUrl = "https://stand-in.invalid", ApiKey = apiKey.Value }, apiKey, apiKey)?.Message;

    /// <summary>Where the setting came from; never its value, which may be a key.</summary>
    public override string ToString() => Source;
}
