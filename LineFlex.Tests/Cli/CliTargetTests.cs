using LineFlex.Cli;
using LineFlex.Sandbox;

namespace LineFlex.Tests.Cli;

/// <summary>
/// Where send, reports and demo talk to: --base-url and the key from --api-key, --api-key-file or --api-key-stdin,
/// each before its environment variable; the key never shows in what the command prints.
/// </summary>
public class CliTargetTests
{
    private const string Key = "s3cret-key-4711";

    private SandboxServer _sandbox = null!;
    private string _folder = null!;

    private static string Seed => TestData.SamplePath("seed-request.json");

    private string Url => _sandbox.BaseUrl.AbsoluteUri;

    [SetUp]
    public async Task StartSandbox()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = Key, DeliveryDelay = TimeSpan.Zero });
        _folder = Path.Combine(Path.GetTempPath(), $"lineflex-keys-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public async Task StopSandbox()
    {
        await _sandbox.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task The_base_url_and_api_key_options_name_the_target_with_no_environment_variable_set()
    {
        var run = await CliRun.StartAsync(["send", "--base-url", Url, "--api-key", Key, Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain($"Sending to {Url} (base URL from --base-url, API key from --api-key)."));
            Assert.That(run.Output, Does.Match(@"bulkId: \S+"));
            Assert.That(run.Output + run.Error, Does.Not.Contain(Key));
        });
    }

    [Test]
    public async Task An_option_wins_over_its_environment_variable()
    {
        var run = await CliRun.StartAsync(
            ["reports", "--base-url", Url, "--api-key", Key],
            environment: new Dictionary<string, string>
            {
                [SendTarget.BaseUrlVariable] = "https://elsewhere.invalid",
                [SendTarget.ApiKeyVariable] = "a-key-the-sandbox-refuses",
            });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain($"Reading from {Url} (base URL from --base-url, API key from --api-key)."));
        });
    }

    [Test]
    public async Task Each_setting_not_given_as_an_option_comes_from_its_environment_variable()
    {
        var run = await CliRun.StartAsync(
            ["reports", "--api-key", Key],
            environment: new Dictionary<string, string> { [SendTarget.BaseUrlVariable] = Url, [SendTarget.ApiKeyVariable] = "a-key-the-sandbox-refuses" });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("(base URL from LineFlex__BaseUrl, API key from --api-key)."));
        });
    }

    [TestCase("")]
    [TestCase("\n")]
    [TestCase("\r\n")]
    public async Task The_key_comes_from_a_file_less_one_trailing_line_break(string ending)
    {
        var file = Write("key.txt", Key + ending);

        var run = await CliRun.StartAsync(["send", "--base-url", Url, "--api-key-file", file, Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain($"API key from --api-key-file {file})."));
        });
    }

    [TestCase("\n\n", "a line break (CR or LF)")]
    [TestCase(" \n", "a space or tab")]
    [TestCase("\t", "a space or tab")]
    [TestCase("\u0007", "a control character (U+0007)")]
    public async Task A_key_file_with_anything_but_one_trailing_line_break_is_refused_naming_the_file_and_never_the_key(string ending, string what)
    {
        var file = Write("key.txt", Key + ending);

        var run = await CliRun.StartAsync(["send", "--base-url", Url, "--api-key-file", file, Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.ErrorLines.Last(), Does.StartWith($"error: --api-key-file {file} holds {what}").And.Contain(" at position 16 of 16."));
            Assert.That(run.Output + run.Error, Does.Not.Contain(Key));
            Assert.That(run.Output, Does.Not.Contain("bulkId"));
        });
    }

    [TestCase("", "holds no key")]
    [TestCase("\n", "holds no key")]
    [TestCase(null, "no such file")]
    public async Task An_empty_or_missing_key_file_is_refused_naming_it(string? content, string says)
    {
        var file = content is null ? Path.Combine(_folder, "missing.txt") : Write("key.txt", content);

        var run = await CliRun.StartAsync(["reports", "--base-url", Url, "--api-key-file", file]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(run.Error, Does.Contain($"--api-key-file {file}").And.Contain(says));
        });
    }

    [Test]
    public async Task A_file_far_longer_than_a_key_is_not_read()
    {
        var file = Write("big.txt", new string('k', TargetOptions.MaxKeyFileLength + 1));

        var run = await CliRun.StartAsync(["reports", "--base-url", Url, "--api-key-file", file]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("is it the right file?"));
            Assert.That(run.Error, Does.Not.Contain("kkkk"));
        });
    }

    [Test]
    public async Task The_key_comes_from_standard_input_piped_in()
    {
        var run = await CliRun.StartAsync(
            ["send", "--base-url", Url, "--api-key-stdin", Seed],
            console => console with { Input = new StringReader(Key + "\n") });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("API key from --api-key-stdin (standard input))."));
        });
    }

    [Test]
    public async Task Standard_input_that_is_a_terminal_is_not_read_for_the_key_where_typing_would_show_it()
    {
        var run = await CliRun.StartAsync(
            ["reports", "--base-url", Url, "--api-key-stdin"],
            console => console with { Input = new StringReader(Key), InputIsTerminal = true });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("--api-key-stdin (standard input) is a terminal").And.Contain("--api-key-file"));
        });
    }

    [Test]
    public async Task A_key_piped_in_with_a_line_break_inside_is_refused_naming_standard_input()
    {
        var run = await CliRun.StartAsync(
            ["reports", "--base-url", Url, "--api-key-stdin"],
            console => console with { Input = new StringReader(Key + "\n" + Key + "\n") });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: --api-key-stdin (standard input) holds a line break (CR or LF)").And.Contain(" at position 16 of 31."));
            Assert.That(run.Error, Does.Not.Contain(Key));
        });
    }

    [Test]
    public async Task A_bad_key_option_is_a_usage_error_that_never_shows_the_key()
    {
        var run = await CliRun.StartAsync(["reports", "--base-url", Url, "--api-key", "s3cret key"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith("error: --api-key holds a space or tab at position 7 of 10."));
            Assert.That(run.Error, Does.Not.Contain("s3cret"));
        });
    }

    [Test]
    public async Task A_bad_base_url_option_is_a_usage_error_naming_the_option()
    {
        var run = await CliRun.StartAsync(["send", "--base-url", "http://example.com", "--api-key", Key, Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith("error: --base-url \"http://example.com\" uses plain HTTP"));
            Assert.That(run.Output, Is.Empty);
        });
    }

    [Test]
    public async Task The_key_given_two_ways_is_a_usage_error()
    {
        var run = await CliRun.StartAsync(["reports", "--base-url", Url, "--api-key", Key, "--api-key-stdin"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("Give the API key one way, not with --api-key and --api-key-stdin"));
            Assert.That(run.Error, Does.Not.Contain(Key));
        });
    }

    [Test]
    public async Task Sandbox_with_a_target_option_is_a_usage_error()
    {
        var run = await CliRun.StartAsync(["reports", "--sandbox", "--base-url", Url]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("leave out --base-url, or --sandbox"));
        });
    }

    [Test]
    public async Task A_base_url_with_no_key_anywhere_says_the_key_is_missing_and_how_to_give_it()
    {
        var run = await CliRun.StartAsync(["reports", "--base-url", Url]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: The base URL comes from --base-url, but no API key is set: pass --api-key-file"));
        });
    }

    [Test]
    public async Task Demo_with_a_key_and_no_url_fails_instead_of_quietly_using_a_sandbox()
    {
        var run = await CliRun.StartAsync(["demo"], environment: new Dictionary<string, string> { [SendTarget.ApiKeyVariable] = Key });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("The API key comes from LineFlex__ApiKey, but no base URL is set"));
            Assert.That(run.Output, Does.Not.Contain("4. Sending"));
        });
    }

    [Test]
    public async Task A_key_on_the_command_line_is_redacted_where_the_parser_would_quote_it()
    {
        // Pasted twice: the parser quotes the word it did not expect.
        var run = await CliRun.StartAsync(["reports", "--api-key", Key, Key]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("Unrecognized command or argument '[redacted]'"));
            Assert.That(run.Error, Does.Not.Contain(Key));
        });
    }

    [TestCase("--api-kye")]
    [TestCase("--apikey")]
    [TestCase("--key")]
    public async Task The_value_of_a_mistyped_option_is_redacted_where_the_parser_would_quote_it(string mistyped)
    {
        var spaced = await CliRun.StartAsync(["reports", "--base-url", Url, mistyped, Key]);
        var joined = await CliRun.StartAsync(["reports", "--base-url", Url, $"{mistyped}={Key}"]);

        Assert.Multiple(() =>
        {
            Assert.That(spaced.ExitCode, Is.EqualTo(2));
            Assert.That(spaced.Error, Does.Contain($"Unrecognized command or argument '{mistyped}'").And.Contain("'[redacted]'"));
            Assert.That(joined.ExitCode, Is.EqualTo(2));
            Assert.That(joined.Error, Does.Contain($"'{mistyped}=[redacted]'"));
            Assert.That(spaced.Error + joined.Error, Does.Not.Contain(Key));
        });
    }

    [Test]
    public async Task A_key_that_starts_with_an_at_sign_is_a_key_not_a_response_file()
    {
        var run = await CliRun.StartAsync(["reports", "--base-url", Url, "--api-key", "@" + Key, "--limit", "none"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith("error: --limit must be a whole number"));
            Assert.That(run.Error, Does.Not.Contain(Key).And.Not.Contain("esponse file"));
        });
    }

    [Test]
    public async Task A_key_is_redacted_only_where_it_stands_whole_never_inside_a_word()
    {
        var run = await CliRun.StartAsync(["reports", "--base-url", "http://example.com", "--api-key", "ample"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("\"http://example.com\" uses plain HTTP, which would send the API key in clear text."));
            Assert.That(run.Error, Does.Not.Contain("[redacted]"));
        });
    }

    [TestCase("reports", "--base-url", "https://example.invalid", "--api-key", "k")]
    [TestCase("sandbox", "--port", "0", "--api-key", "k")]
    public async Task A_key_too_short_to_be_told_from_a_word_is_a_usage_error(params string[] args)
    {
        var run = await CliRun.StartAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith($"error: --api-key is 1 character(s) long; a key on the command line is at least {TargetOptions.MinCommandLineKeyLength}."));
            Assert.That(run.Error, Does.Not.Contain("[redacted]"));
        });
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
