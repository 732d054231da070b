using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;

namespace LineFlex.Cli;

/// <summary>
/// The options that say where send, reports and demo talk to. The base URL comes from <c>--base-url</c>, else
/// <c>LineFlex__BaseUrl</c>, else <c>INFOBIP_BASE_URL</c>; the API key from one of <c>--api-key</c>,
/// <c>--api-key-file</c> and <c>--api-key-stdin</c>, else <c>LineFlex__ApiKey</c>, else <c>INFOBIP_API_KEY</c>. An option
/// always wins over a variable. With neither, send and reports fail (or take <c>--sandbox</c>); demo starts a sandbox.
/// </summary>
internal sealed class TargetOptions
{
    public const string ApiKeyOptionName = "--api-key";

    /// <summary>
    /// The shortest key taken on the command line. A key there is redacted from every error line where it stands as a
    /// whole word; a shorter one would be mistaken for a word of the message ("key", "a"). Infobip's keys are far longer.
    /// </summary>
    public const int MinCommandLineKeyLength = 6;

    /// <summary>More than any API key is long; a larger key file is the wrong file, and is not read.</summary>
    public const int MaxKeyFileLength = 4096;

    private const string NoTarget =
        "No target to talk to: pass --base-url and --api-key-file (or --api-key-stdin, or --api-key), or set LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY), to your Infobip account's base URL and API key; or pass --sandbox to use a sandbox started in-process.";

    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = $"The account's base URL (https://xxxxx.api.infobip.com), or a standalone sandbox's. Wins over {SendTarget.BaseUrlVariable} and {SendTarget.BaseUrlAlias}.",
    };

    private readonly Option<string?> _apiKey = new(ApiKeyOptionName)
    {
        Description = $"The API key. Wins over {SendTarget.ApiKeyVariable} and {SendTarget.ApiKeyAlias}. Other users of this machine can see a command line: prefer --api-key-file or --api-key-stdin.",
    };

    private readonly Option<FileInfo?> _apiKeyFile = new("--api-key-file")
    {
        Description = "Read the API key from this file; one trailing line break is ignored.",
    };

    private readonly Option<bool> _apiKeyStdin = new("--api-key-stdin")
    {
        Description = "Read the API key from standard input, piped in (never typed: it would show); one trailing line break is ignored.",
    };

    private readonly Option<bool>? _sandbox;

    /// <summary>The options, with <c>--sandbox</c> described by <paramref name="sandboxDescription"/>, or without it when null (demo).</summary>
    public TargetOptions(string? sandboxDescription)
    {
        _sandbox = sandboxDescription is null ? null : new Option<bool>("--sandbox") { Description = sandboxDescription };
        _baseUrl.Validators.Add(result => Check(result, TargetSetting.ProblemWithBaseUrl));
        _apiKey.Validators.Add(result => Check(result, TargetSetting.ProblemWithApiKey));
        _apiKey.Validators.Add(CheckKeyLength);
    }

    /// <summary>
    /// Refuses a key on the command line shorter than <see cref="MinCommandLineKeyLength"/>: added as a validator to every
    /// option that takes a key (<c>--api-key</c> of send, reports, demo and sandbox).
    /// </summary>
    public static void CheckKeyLength(OptionResult result)
    {
        if (result.Tokens.Count > 0 && result.Tokens[^1].Value is { Length: > 0 and < MinCommandLineKeyLength } key)
        {
            result.AddError(
                $"{result.Option.Name} is {key.Length} character(s) long; a key on the command line is at least {MinCommandLineKeyLength}. Check that it was copied whole (an Infobip API key is far longer).");
        }
    }

    /// <summary>Adds the options to <paramref name="command"/>, with the check that the key is given one way at most.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_baseUrl);
        command.Options.Add(_apiKey);
        command.Options.Add(_apiKeyFile);
        command.Options.Add(_apiKeyStdin);
        if (_sandbox is not null)
        {
            command.Options.Add(_sandbox);
        }

        command.Validators.Add(result =>
        {
            var keys = Given(result, _apiKey, _apiKeyFile, _apiKeyStdin);
            if (keys.Count > 1)
            {
                result.AddError($"Give the API key one way, not with {string.Join(" and ", keys)}: --api-key-file, --api-key-stdin or --api-key.");
            }

            if (_sandbox is not null && Given(result, _sandbox).Count > 0 && Given(result, _baseUrl, _apiKey, _apiKeyFile, _apiKeyStdin) is { Count: > 0 } target)
            {
                result.AddError($"--sandbox talks to a sandbox started in-process, with its own URL and key; leave out {string.Join(" and ", target)}, or --sandbox.");
            }
        });
    }

    /// <summary>
    /// The API keys given with <c>--api-key</c> in <paramref name="args"/>, to keep out of any error line; with
    /// <paramref name="unmatched"/> (the words the parser did not expect), also the values of options the command does not
    /// have, which may be a key given to a mistyped option (<c>--api-kye KEY</c>, <c>--apikey=KEY</c>).
    /// </summary>
    public static IReadOnlyList<string> KeysOn(IReadOnlyList<string> args, IReadOnlyCollection<string>? unmatched = null)
    {
        var keys = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var unknown = unmatched is not null && args[i] is ['-', _, ..] && unmatched.Contains(args[i]);
            var joined = args[i].IndexOfAny(['=', ':']);
            if (args[i] == ApiKeyOptionName || (unknown && joined < 0))
            {
                if (i + 1 < args.Count && !(unknown && args[i + 1].StartsWith('-')))
                {
                    keys.Add(args[i + 1]);
                }
            }
            else if (args[i].StartsWith(ApiKeyOptionName + "=", StringComparison.Ordinal) || args[i].StartsWith(ApiKeyOptionName + ":", StringComparison.Ordinal) || (unknown && joined > 0))
            {
                keys.Add(args[i][(joined + 1)..]);
            }
        }

        return keys.Where(k => k.Length > 0).ToList();
    }

    /// <summary>
    /// The target the options and the environment name. With <c>--sandbox</c>, or with nothing named when
    /// <paramref name="sandboxByDefault"/>, a sandbox started in-process; with nothing named otherwise, or only half of
    /// a target (a URL and no key, say), an error that says how to name one. Its client sends in batches of
    /// <paramref name="batchSize"/> messages.
    /// </summary>
    public async Task<SendTarget> ResolveAsync(
        ParseResult result, CliConsole console, bool sandboxByDefault, int? batchSize, CancellationToken cancellationToken)
    {
        var options = new LineFlexOptions();
        options.BulkBatchSize = batchSize ?? options.BulkBatchSize;
        if (_sandbox is not null && result.GetValue(_sandbox))
        {
            return await SendTarget.StartSandboxAsync(options, cancellationToken).ConfigureAwait(false);
        }

        var baseUrl = FromOption(result.GetValue(_baseUrl), _baseUrl.Name)
            ?? FromEnvironment(SendTarget.BaseUrlVariable)
            ?? FromEnvironment(SendTarget.BaseUrlAlias);
        var apiKey = FromOption(result.GetValue(_apiKey), _apiKey.Name)
            ?? await FromFileAsync(result.GetValue(_apiKeyFile), console.KeyFileWait, cancellationToken).ConfigureAwait(false)
            ?? FromStandardInput(result.GetValue(_apiKeyStdin), console)
            ?? FromEnvironment(SendTarget.ApiKeyVariable)
            ?? FromEnvironment(SendTarget.ApiKeyAlias);

        return (baseUrl, apiKey) switch
        {
            (null, null) when sandboxByDefault => await SendTarget.StartSandboxAsync(options, cancellationToken).ConfigureAwait(false),
            (null, null) => throw new CommandFailedException(NoTarget),
            (null, { } key) => throw new CommandFailedException(
                $"The API key comes from {key.Source}, but no base URL is set: pass --base-url, or set {SendTarget.BaseUrlVariable} (or {SendTarget.BaseUrlAlias}), to your account's base URL."),
            ({ } url, null) => throw new CommandFailedException(
                $"The base URL comes from {url.Source}, but no API key is set: pass --api-key-file, --api-key-stdin or --api-key, or set {SendTarget.ApiKeyVariable} (or {SendTarget.ApiKeyAlias})."),
            ({ } url, { } key) => SendTarget.Connect(options, url, key),
        };
    }

    private static void Check(OptionResult result, Func<TargetSetting, string?> problem)
    {
        if (result.Tokens.Count > 0 && problem(new TargetSetting(result.Tokens[^1].Value, result.Option.Name, OnCommandLine: true)) is { } message)
        {
            result.AddError(message);
        }
    }

    private static List<string> Given(CommandResult result, params Option[] options) =>
        options.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();

    private static TargetSetting? FromOption(string? value, string option) =>
        value is null ? null : new TargetSetting(value, option, OnCommandLine: true);

    /// <summary>The variable's value; one that is empty or only spaces counts as not set.</summary>
    private static TargetSetting? FromEnvironment(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { } value && !string.IsNullOrWhiteSpace(value) ? new TargetSetting(value, variable, OnCommandLine: false) : null;

    private static async Task<TargetSetting?> FromFileAsync(FileInfo? file, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        var source = $"--api-key-file {file.FullName}";
        if (Directory.Exists(file.FullName))
        {
            throw new CommandFailedException($"{source} is a directory. Give the path of a file that holds the API key on one line.");
        }

        if (!file.Exists)
        {
            throw new CommandFailedException($"{source}: no such file. Give the path of a file that holds the API key on one line.");
        }

        ReadOnlyMemory<byte> bytes;
        try
        {
            bytes = await BoundedFile.ReadAsync(file.FullName, MaxKeyFileLength, wait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new CommandFailedException(
                $"{source} did not end within {wait.TotalSeconds:0.#} s: it is a pipe or device with no writer, or one that never closes. Give a file that holds the key, or pipe the key in with --api-key-stdin.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"{source} could not be read: {e.Message} Check that it is a file you can read.");
        }

        if (bytes.Length > MaxKeyFileLength)
        {
            throw new CommandFailedException($"{source}: the file holds more than {MaxKeyFileLength} bytes, far longer than an API key; is it the right file? Give a file that holds only the key.");
        }

        // One byte order mark is the editor's, as File.ReadAllText takes it; a second is a character of the key, and refused.
        var text = Encoding.UTF8.GetString(bytes.Span);
        return Key(text.StartsWith('\uFEFF') ? text[1..] : text, source);
    }

    private static TargetSetting? FromStandardInput(bool read, CliConsole console)
    {
        if (!read)
        {
            return null;
        }

        const string source = "--api-key-stdin (standard input)";
        if (console.InputIsTerminal)
        {
            throw new CommandFailedException(
                $"{source} is a terminal, where a typed key would show. Pipe the key in (secret-tool lookup infobip key | lineflex ... --api-key-stdin), or use --api-key-file.");
        }

        var buffer = new char[MaxKeyFileLength + 1];
        var length = console.Input.ReadBlock(buffer, 0, buffer.Length);
        if (length > MaxKeyFileLength)
        {
            throw new CommandFailedException($"{source}: more than {MaxKeyFileLength} characters came in, far longer than an API key. Pipe in only the key.");
        }

        return Key(new string(buffer, 0, length), source);
    }

    /// <summary>A key read from a file or a pipe: one trailing line break is the file's, anything else is the key's and is checked.</summary>
    private static TargetSetting Key(string text, string source)
    {
        var key = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new CommandFailedException($"{source} holds no key: it is empty or blank. Put the API key in it, on one line.");
        }

        return new TargetSetting(key, source, OnCommandLine: false);
    }
}
