using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Snapshooter;

namespace LineFlex.Testing;

/// <summary>
/// Snapshot tests of the wire JSON: validate a model node (errors fail, warnings are reported), serialize the
/// canonical indented wire JSON, and compare it with <c>__snapshots__/{name}.snap</c> beside the test file. A
/// mismatch names each changed JSON path with its old and new value, writes the new JSON to
/// <c>__snapshots__/__mismatch__/{name}.snap</c> and, with <see cref="FlexSnapshotOptions.PreviewHtml"/> (on by default), the
/// old and new previews beside it. Snapshooter (its core package, no test framework) stores, finds and cleans
/// the files, so a snapshot file is the wire JSON and Snapshooter's own <c>Snapshot.Match</c> accepts it too.
/// Works with any test framework: a failure is an exception.
/// </summary>
/// <remarks>See docs/testing.md.</remarks>
public sealed class FlexSnapshot
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FlexSnapshotOptions _options;

    /// <summary>A snapshot checker with <paramref name="options"/> (the defaults when null).</summary>
    public FlexSnapshot(FlexSnapshotOptions? options = null) => _options = options ?? new FlexSnapshotOptions();

    /// <summary>A checker with the default options.</summary>
    public static FlexSnapshot Default { get; } = new();

    /// <summary>The canonical snapshot text of a model node: its wire JSON, indented with two spaces.</summary>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a model node.</exception>
    public static string WireJson(object node) => FlexJson.Serialize(node, indented: true);

    /// <summary>
    /// Validates <paramref name="node"/> (a request, message, bubble or component) and matches its wire JSON with the
    /// snapshot <c>__snapshots__/{name}.snap</c> in the folder of <paramref name="callerFilePath"/> (the test file).
    /// A missing snapshot is written, unless strict, when it fails. A test file path the build mapped (PathMap,
    /// ContinuousIntegrationBuild) is mapped back with the map the package's build file recorded in the calling assembly.
    /// </summary>
    /// <param name="node">The model node.</param>
    /// <param name="name">The snapshot's name: letters, digits, '.', '-' and '_' (<c>order-shipped.th</c>).</param>
    /// <param name="callerFilePath">Filled in by the compiler: the test's source file.</param>
    /// <returns>The validation report, with any warnings.</returns>
    /// <exception cref="FlexValidationException">The node breaks a rule.</exception>
    /// <exception cref="FlexSnapshotMismatchException">The snapshot differs, or is missing in strict mode.</exception>
    /// <exception cref="DirectoryNotFoundException">The test file's folder does not exist here.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public FlexValidationReport Match(object node, string name, [CallerFilePath] string callerFilePath = "") =>
        Match(node, name, callerFilePath, Assembly.GetCallingAssembly());

    /// <summary><see cref="Match(object, string, string)"/> for a test in <paramref name="testAssembly"/>, whose recorded path map applies.</summary>
    internal FlexValidationReport Match(object node, string name, string callerFilePath, Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(callerFilePath);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"Snapshot name \"{FlexLimits.Excerpt(name)}\" cannot be a file name everywhere; use letters, digits, '.', '-' and '_'.", nameof(name));
        }

        var accept = IsAccepting;
        if (accept && IsStrict)
        {
            throw new InvalidOperationException(
                "Accepting snapshots (LINEFLEX_ACCEPT_SNAPSHOTS or FlexSnapshotOptions.Accept) rewrites them, which strict mode " +
                "(SNAPSHOOTER_STRICT_MODE or FlexSnapshotOptions.Strict), as in CI, forbids. Accept changes locally without strict mode, review the .snap files, and commit them.");
        }

        var testFolder = TestFolder(callerFilePath, testAssembly);
        var report = Validate(node);
        var json = WireJson(node);
        var snapshotName = new SnapshotFullName(name + ".snap", testFolder);
        var file = Path.Combine(testFolder, "__snapshots__", name + ".snap");
        var mismatchFolder = Path.Combine(testFolder, "__snapshots__", "__mismatch__");
        if (!File.Exists(file))
        {
            if (IsStrict)
            {
                throw new FlexSnapshotMismatchException(
                    $"There is no snapshot {file}, and strict mode (SNAPSHOOTER_STRICT_MODE) forbids writing one here. " +
                    "Run the test once without strict mode, review the new .snap file, and commit it.");
            }

            WireJsonSnapshots.Save(snapshotName, json);
            return report;
        }

        try
        {
            WireJsonSnapshots.Match(snapshotName, json);
        }
        catch (WireJsonSnapshots.WireJsonMismatch mismatch) when (accept)
        {
            WireJsonSnapshots.Save(snapshotName, json);
            Log("accepted: " + file + " (" + mismatch.Changes.Count + (mismatch.Changes.Count == 1 ? " change)" : " changes)"));
        }
        catch (WireJsonSnapshots.WireJsonMismatch mismatch)
        {
            var old = File.ReadAllText(file, Utf8);
            var previews = WritePreviews(node, old, mismatchFolder, name);
            throw new FlexSnapshotMismatchException(Describe(name, mismatch.Changes, file, Path.Combine(mismatchFolder, name + ".snap"), previews), mismatch.Changes);
        }

        DeleteIfPresent(Path.Combine(mismatchFolder, name + ".snap"));
        DeleteIfPresent(Path.Combine(mismatchFolder, name + ".old.html"));
        DeleteIfPresent(Path.Combine(mismatchFolder, name + ".new.html"));
        return report;
    }

    /// <summary>The folder of the test file on disk: the compiler's path, mapped back when the build mapped it.</summary>
    private static string TestFolder(string callerFilePath, Assembly testAssembly)
    {
        var map = SourcePathMap.Of(testAssembly);
        var testFile = map.ToLocalPath(callerFilePath);
        var folder = Path.GetDirectoryName(testFile);
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
        {
            return folder;
        }

        var where = testFile == callerFilePath
            ? $"the test file {callerFilePath}, as the compiler named it,"
            : $"the test file {callerFilePath}, which the build's path map turns into {testFile},";
        var fix = map.IsRecorded
            ? "Run the tests where they were built, with their sources: snapshots live beside them."
            : $"If the build maps source paths (PathMap, or ContinuousIntegrationBuild with SourceLink), {testAssembly.GetName().Name} needs " +
              "the map: reference the LineFlex.Testing package from it (its build file records the map), or with a project reference import " +
              "LineFlex.Testing's build/LineFlex.Testing.targets; or pass the test file's path.";
        throw new DirectoryNotFoundException($"Snapshots are found beside {where} but its folder does not exist here. {fix}");
    }

    private bool IsStrict => _options.Strict ?? IsOn("SNAPSHOOTER_STRICT_MODE");

    private bool IsAccepting => _options.Accept ?? IsOn(FlexSnapshotOptions.AcceptVariable);

    private static bool IsOn(string variable) => Environment.GetEnvironmentVariable(variable)?.Trim().ToLowerInvariant() is "1" or "on" or "true";

    private void Log(string line) => (_options.Report ?? Console.WriteLine)(line);

    private FlexValidationReport Validate(object node)
    {
        var validator = _options.Validator ?? FlexValidator.Default;
        var report = node switch
        {
            LineRequest request => validator.Validate(request),
            LineMessage message => validator.Validate(message),
            FlexBubble bubble => validator.Validate(bubble),
            FlexComponent component => validator.Validate(component),
            FlexAction action => validator.Validate(action),
            _ => throw new ArgumentException($"A {node.GetType().Name} is not a node FlexSnapshot validates; pass a request, message, bubble, component or action.", nameof(node)),
        };
        report.ThrowIfInvalid();
        foreach (var warning in report.Warnings)
        {
            Log("warning: " + warning);
        }

        return report;
    }

    private List<string> WritePreviews(object node, string oldJson, string folder, string name)
    {
        List<string> written = [];
        if (_options.PreviewHtml is not { } render)
        {
            return written;
        }

        var html = render(node);
        if (html.Length == 0)
        {
            return written;
        }

        var newHtml = Path.Combine(folder, name + ".new.html");
        File.WriteAllText(newHtml, html, Utf8);
        written.Add(newHtml);
        try
        {
            var oldHtml = Path.Combine(folder, name + ".old.html");
            var oldNode = Newtonsoft.Json.JsonConvert.DeserializeObject(oldJson, node.GetType(), FlexJson.CreateSerializerSettings())!;
            File.WriteAllText(oldHtml, render(oldNode), Utf8);
            written.Add(oldHtml);
        }
        catch (Exception e) when (e is FlexJsonException or Newtonsoft.Json.JsonException)
        {
            // A snapshot that no longer parses as the node's type (a renamed property) has no old preview; the JSON diff says why.
        }

        return written;
    }

    private static string Describe(string name, IReadOnlyList<JsonChange> changes, string file, string mismatch, List<string> previews)
    {
        var text = new StringBuilder()
            .Append("Snapshot ").Append(name).Append(" does not match the wire JSON (")
            .Append(changes.Count).Append(changes.Count == 1 ? " change" : " changes").AppendLine("):");
        foreach (var change in changes.Take(50))
        {
            text.Append("  ").AppendLine(change.ToString());
        }

        if (changes.Count > 50)
        {
            text.Append("  ... and ").Append(changes.Count - 50).AppendLine(" more.");
        }

        text.Append("The new JSON is in ").Append(mismatch).Append("; if the change is intended, review it and run the tests again with ")
            .Append(FlexSnapshotOptions.AcceptVariable).Append("=1 to write it over ").Append(file).Append(" (or copy it over).");
        if (previews.Count > 0)
        {
            text.AppendLine().Append("Previews to compare: ").Append(string.Join(", ", previews)).Append('.');
        }

        return text.ToString();
    }

    private static void DeleteIfPresent(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
