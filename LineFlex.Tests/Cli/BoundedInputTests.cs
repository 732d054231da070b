using System.Diagnostics;
using LineFlex.Cli;

namespace LineFlex.Tests.Cli;

/// <summary>
/// Every file lineflex reads is read through a bound, whatever size the file system reports: a device or a pipe
/// reports 0 and may never end. A key file that never ends is given up after a wait instead of hanging.
/// </summary>
public sealed class BoundedInputTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-bounded-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [TestCase("validate")]
    [TestCase("format")]
    [TestCase("preview")]
    [TestCase("import")]
    [TestCase("codegen")]
    [TestCase("send", "--dry-run")]
    public async Task An_endless_device_is_refused_as_too_large_after_reading_one_byte_past_the_limit(params string[] command)
    {
        Assume.That(File.Exists("/dev/zero"), "a system with /dev/zero");

        var run = await CliRun.StartAsync([.. command, "/dev/zero"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.StartWith("zero(1,33554433): error at $: The document is larger than 33,554,432 bytes"));
            Assert.That(run.Output, Is.Empty);
        });
    }

    [Test]
    public async Task An_endless_key_file_is_refused_as_far_longer_than_a_key()
    {
        Assume.That(File.Exists("/dev/zero"), "a system with /dev/zero");

        var run = await CliRun.StartAsync(["reports", "--base-url", "https://example.invalid", "--api-key-file", "/dev/zero"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.StartWith($"error: --api-key-file /dev/zero: the file holds more than {TargetOptions.MaxKeyFileLength} bytes"));
        });
    }

    [Test]
    public async Task A_key_file_that_is_a_directory_is_called_a_directory()
    {
        var run = await CliRun.StartAsync(["reports", "--base-url", "https://example.invalid", "--api-key-file", _folder.FullName]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.StartWith($"error: --api-key-file {_folder.FullName} is a directory."));
        });
    }

    [Test]
    public async Task A_key_file_that_is_a_pipe_with_no_writer_is_given_up_after_the_wait()
    {
        var pipe = await MakeFifoAsync();
        try
        {
            var run = await Run(pipe);

            AssertGivenUp(run, pipe);
        }
        finally
        {
            // The read given up still waits in the system for a writer; one that opens and closes the pipe ends it.
            await using var writer = await Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Test]
    public async Task A_key_file_that_is_a_pipe_whose_writer_never_closes_it_is_given_up_after_the_wait()
    {
        var pipe = await MakeFifoAsync();
        var opening = Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write));
        var running = Run(pipe);
        await using var writer = await opening.WaitAsync(TimeSpan.FromSeconds(30));
        await writer.WriteAsync("s3cret-"u8.ToArray());
        await writer.FlushAsync();

        var run = await running;

        AssertGivenUp(run, pipe);
    }

    [Test]
    public async Task A_file_with_two_byte_order_marks_is_refused_and_one_is_taken()
    {
        var json = FlexJson.Serialize(Flex.Bubble().Body(b => b.Text("Hi")).Build());
        var one = Path.Combine(_folder.FullName, "one.json");
        var two = Path.Combine(_folder.FullName, "two.json");
        await File.WriteAllBytesAsync(one, [.. "\uFEFF"u8, .. System.Text.Encoding.UTF8.GetBytes(json)]);
        await File.WriteAllBytesAsync(two, [.. "\uFEFF\uFEFF"u8, .. System.Text.Encoding.UTF8.GetBytes(json)]);

        var taken = await CliRun.StartAsync(["validate", one]);
        var refused = await CliRun.StartAsync(["validate", two]);

        Assert.Multiple(() =>
        {
            Assert.That(taken.ExitCode, Is.Zero, taken.Error);
            Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Output);
            Assert.That(refused.Error, Does.StartWith("two.json(1,"));
        });
    }

    private static Task<CliRun> Run(string keyFile) =>
        CliRun.StartAsync(
            ["reports", "--base-url", "https://example.invalid", "--api-key-file", keyFile],
            console => console with { KeyFileWait = TimeSpan.FromSeconds(1) });

    private static void AssertGivenUp(CliRun run, string pipe) =>
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.StartWith($"error: --api-key-file {pipe} did not end within 1 s: it is a pipe or device"));
            Assert.That(run.Error, Does.Not.Contain("s3cret"));
        });

    private async Task<string> MakeFifoAsync()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "named pipes in the file system (mkfifo)");
        var path = Path.Combine(_folder.FullName, "key.fifo");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        await mkfifo.WaitForExitAsync();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
        return path;
    }
}
