using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Core;

namespace LineFlex.Testing;

/// <summary>
/// Snapshooter's snapshot pipeline (its file layout, mismatch folder and clean-up) with LineFlex's parts where a
/// snapshot is wire JSON: the text stored is the wire JSON as it is, and a comparison names each changed JSON path.
/// </summary>
internal static class WireJsonSnapshots
{
    private static readonly WireJsonSerializer Serializer = new();
    private static readonly Utf8SnapshotFiles Files = new();
    private static readonly SnapshotAssert Assert = new(Serializer, Files, new SnapshotEnvironmentCleaner(Files), new WireJsonComparer(), new Unformatted());

    /// <summary>The snapshot file's text for <paramref name="wireJson"/>: the JSON with '\n' line ends and a final one.</summary>
    public static string Text(string wireJson) => Serializer.SerializeObject(wireJson);

    /// <summary>Writes a new snapshot through Snapshooter's file handler.</summary>
    public static void Save(SnapshotFullName name, string wireJson) => Files.SaveNewSnapshot(name, Text(wireJson));

    /// <summary>
    /// Matches <paramref name="wireJson"/> with the existing snapshot <paramref name="name"/>; on a difference Snapshooter
    /// writes the new text to <c>__snapshots__/__mismatch__/</c> and <see cref="WireJsonMismatch"/> carries the changes.
    /// </summary>
    /// <exception cref="WireJsonMismatch">The snapshot differs.</exception>
    public static void Match(SnapshotFullName name, string wireJson) => Assert.AssertSnapshot(wireJson, name, new MatchOptions());

    /// <summary>Thrown inside Snapshooter's comparison with the changed paths; <see cref="FlexSnapshot"/> turns it into the reported failure.</summary>
    internal sealed class WireJsonMismatch(IReadOnlyList<JsonChange> changes) : Exception("The wire JSON differs from the snapshot.")
    {
        public IReadOnlyList<JsonChange> Changes { get; } = changes;
    }

    /// <summary>Stores a snapshot's text as given (it is already the wire JSON) and reads it without turning dates into other text.</summary>
    private sealed class WireJsonSerializer : ISnapshotSerializer
    {
        public string SerializeObject(object objectToSnapshot)
        {
            var text = ((string)objectToSnapshot).ReplaceLineEndings("\n");
            return text.EndsWith('\n') ? text : text + "\n";
        }

        public string SerializeJsonToken(JToken jsonToken) => SerializeObject(jsonToken.ToString(Formatting.Indented));

        public JToken Deserialize(string snapshotJson) => Parse(snapshotJson);
    }

    /// <summary>Compares the stored and the new wire JSON as JSON trees, path by path.</summary>
    private sealed class WireJsonComparer : ISnapshotComparer
    {
        public void CompareSnapshots(string expectedSnapshot, string actualSnapshot, MatchOptions matchOptions)
        {
            var changes = JsonDiff.Compare(Parse(expectedSnapshot), Parse(actualSnapshot));
            if (changes.Count > 0)
            {
                throw new WireJsonMismatch(changes);
            }
        }
    }

    /// <summary>Leaves the snapshot text as the serializer wrote it.</summary>
    private sealed class Unformatted : ISnapshotFormatter
    {
        public string FormatSnapshot(string snapshot, MatchOptions matchOptions) => snapshot;
    }

    /// <summary>
    /// Snapshooter's file handler, but new and mismatching snapshots are written as UTF-8 without a byte order mark, so
    /// a snapshot file is plain JSON to every tool. Reading (through <see cref="File.ReadAllText(string)"/>) skips a mark
    /// if an older file has one.
    /// </summary>
    private sealed class Utf8SnapshotFiles : ISnapshotFileHandler
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private readonly SnapshotFileHandler _files = new();

        public string SaveNewSnapshot(SnapshotFullName snapshotFullName, string snapshotData) =>
            Write(Path.Combine(snapshotFullName.FolderPath, FileNames.SnapshotFolderName), snapshotFullName.Filename, snapshotData);

        public string SaveMismatchSnapshot(SnapshotFullName snapshotFullName, string snapshotData) =>
            Write(Path.Combine(snapshotFullName.FolderPath, FileNames.SnapshotFolderName, FileNames.MismatchFolderName), snapshotFullName.Filename, snapshotData);

        public string ReadSnapshot(SnapshotFullName snapshotFullName) => _files.ReadSnapshot(snapshotFullName);

        public bool TryReadSnapshot(SnapshotFullName snapshotFullName, out string snapshotData)
        {
            var found = _files.TryReadSnapshot(snapshotFullName, out var text);
            snapshotData = text ?? string.Empty;
            return found;
        }

        public void DeleteSnapshot(SnapshotFullName snapshotFullName) => _files.DeleteSnapshot(snapshotFullName);

        public void DeleteSnapshotSubfolder(SnapshotFullName snapshotFullName, string subfolderName) => _files.DeleteSnapshotSubfolder(snapshotFullName, subfolderName);

        private static string Write(string folder, string fileName, string text)
        {
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, fileName);
            File.WriteAllText(file, text, Utf8);
            return file;
        }
    }

    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }
}
