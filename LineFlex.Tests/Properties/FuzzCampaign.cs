using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

using static LineFlex.Tests.Properties.RoundTripProperties;

namespace LineFlex.Tests.Properties;

/// <summary>
/// Mutated JSON from the seed request and the wire snapshots, fed to the parser. The parser may only throw
/// <see cref="FlexJsonException"/>; no input may take more than a few seconds or allocate out of proportion to
/// its size; whatever parses must validate without throwing and round-trip.
/// </summary>
/// <remarks>
/// The suite runs a short campaign with a fixed seed. Run a longer one with
/// <c>LINEFLEX_FUZZ_INPUTS=200000 LINEFLEX_FUZZ_SEED=7 dotnet test LineFlex.Tests --filter TestCategory=Fuzz</c>;
/// a failing input is written to the test's work directory and its seed and index are printed.
/// </remarks>
[TestFixture]
[Category("Fuzz")]
public sealed class FuzzCampaign
{
    private const int DefaultInputs = 3000;
    private const int DefaultSeed = 20261127;

    // Liveness and memory guards, not speed targets: a parse that needs seconds, or allocates hundreds of bytes
    // per input byte, is a hang or a blow-up an attacker can trigger.
    private static readonly TimeSpan MaxTimePerInput = TimeSpan.FromSeconds(5);
    private const long AllocationPerInputByte = 400;
    private const long AllocationAllowance = 8L << 20;

    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "010", "0x10", "-0", "1e999", "-1e-999", "NaN", "Infinity", "+1", ".5", "1.", "00", "1e", "99999999999999999999",
            "//c\n", "/*c*/", "'s'", ",", ",,", ":", "null", "true", "false", "undefined", "\"\\u0000\"", "\"\\ud800\"",
            "\"\\uDFFF\\uD800\"", "\"\\x41\"", "\"\\", "\"type\":\"BOX\",", "\"type\":\"TEXT\",", "\"contents\":[],",
            "{\"a\":1}", "[1,2]", "\"flex\":010", "\u00a0", "\ufeff", "\t", "\r\n", "\"text\":\"\u202e\",",
            new string('[', 300), new string('{', 200), string.Concat(Enumerable.Repeat("{\"a\":", 150)),
        }.Select(Encoding.UTF8.GetBytes),
        [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0xFE, 0xFF], [0x80], [0xE2, 0x82],
    ];

    private static readonly byte[] InterestingBytes = "\"\\{}[],:0-e/*'\0 \t\n"u8.ToArray().Concat(new byte[] { 0xFF, 0xC0, 0x80, 0x7F }).ToArray();

    [Test]
    public void Mutated_inputs_give_a_tree_or_a_FlexJsonException_and_nothing_else()
    {
        var inputs = Setting("LINEFLEX_FUZZ_INPUTS", DefaultInputs);
        var seed = Setting("LINEFLEX_FUZZ_SEED", DefaultSeed);
        var corpus = Corpus();
        var random = new Random(seed);
        var parsed = 0;

        for (var i = 0; i < inputs; i++)
        {
            var input = Mutate(random, corpus);
            try
            {
                if (Check(input)) parsed++;
            }
            catch (Exception e)
            {
                Assert.Fail(Report(seed, i, input, $"{e.GetType().Name}: {e.Message}"));
            }
        }

        // A campaign in which nothing parses tests only the error path; one where everything does mutates nothing.
        TestContext.Out.WriteLine($"{inputs} inputs, {parsed} parsed, seed {seed}");
        Assert.That(parsed, Is.InRange(1, inputs - 1), "The mutations should leave some inputs readable and break others.");
    }

    [Test]
    public void The_corpus_parses_before_it_is_mutated()
    {
        foreach (var (name, bytes) in CorpusFiles())
        {
            Assert.That(() => Check(bytes), Throws.Nothing, name);
        }
    }

    /// <summary>Parses <paramref name="input"/> as every root type; returns whether it parsed as a request.</summary>
    private static bool Check(byte[] input)
    {
        var asRequest = Parse<LineRequest>(input);
        Parse<FlexBubble>(input);
        Parse<FlexComponent>(input);
        return asRequest;
    }

    private static bool Parse<T>(byte[] input)
        where T : class
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        T? tree = null;
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            tree = FlexJson.Deserialize<T>(stream);
        }
        catch (FlexJsonException e)
        {
            Holds(e.Message.Length is > 0 and < 2000, $"An error message must quote only an excerpt of the input; it has {e.Message.Length} characters.");
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Holds(clock.Elapsed < MaxTimePerInput, $"Reading {input.Length} bytes as {typeof(T).Name} took {clock.Elapsed}.");
        Holds(
            allocated < (input.Length * AllocationPerInputByte) + AllocationAllowance,
            $"Reading {input.Length} bytes as {typeof(T).Name} allocated {allocated} bytes.");

        if (tree is null) return false;

        _ = tree switch
        {
            LineRequest request => FlexValidator.Default.Validate(request),
            FlexBubble bubble => FlexValidator.Default.Validate(bubble),
            FlexComponent component => FlexValidator.Default.Validate(component),
            _ => throw new InvalidOperationException($"No validation for {typeof(T).Name}."),
        };

        var json = FlexJson.Serialize(tree);
        Holds(FlexJson.Deserialize<T>(json).Equals(tree), "What parsed must write and read back equal.");
        return true;
    }

    private static byte[] Mutate(Random random, byte[][] corpus) =>
        random.Next(2) == 0 ? MutateBytes(random, corpus) : MutateTree(random, corpus);

    /// <summary>
    /// Mutates the document as a JSON tree, so the result is well-formed JSON that reaches the reader's model
    /// checks: values of another type or range, removed and renamed properties, subtrees moved elsewhere.
    /// </summary>
    private static byte[] MutateTree(Random random, byte[][] corpus)
    {
        var root = (JContainer)ParseCorpus(corpus[random.Next(corpus.Length)]);
        var donor = (JContainer)ParseCorpus(corpus[random.Next(corpus.Length)]);
        var names = donor.Descendants().OfType<JProperty>().Select(p => p.Name).Distinct().ToArray();
        var mutations = 1 + random.Next(3);
        for (var m = 0; m < mutations; m++)
        {
            var tokens = root.Descendants().ToArray();
            if (tokens.Length == 0) break;

            var target = tokens[random.Next(tokens.Length)];
            var value = target is JProperty property ? property.Value : target;
            switch (random.Next(6))
            {
                case 0 when target is JProperty removed:
                    removed.Remove();
                    break;
                case 1 when target is JProperty renamed && names.Length > 0:
                    var name = names[random.Next(names.Length)];
                    if (renamed.Parent is JObject owner && owner.Property(name) is null) renamed.Replace(new JProperty(name, renamed.Value));
                    break;
                case 2:
                    var donated = donor.Descendants().Where(t => t is not JProperty).ToArray();
                    if (donated.Length > 0 && value.Parent is not null) value.Replace(donated[random.Next(donated.Length)].DeepClone());
                    break;
                case 3 when value is JArray array:
                    array.Add(array.Count > 0 ? array[random.Next(array.Count)].DeepClone() : new JObject());
                    break;
                default:
                    if (value.Parent is not null) value.Replace(OddValues[random.Next(OddValues.Length)]());
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToString(random.Next(2) == 0 ? Formatting.None : Formatting.Indented));
    }

    private static JToken ParseCorpus(byte[] document) =>
        TestData.ParseToken(new StreamReader(new MemoryStream(document), detectEncodingFromByteOrderMarks: true).ReadToEnd());

    private static readonly Func<JToken>[] OddValues =
    [
        () => new JValue(int.MaxValue), () => new JValue(-1), () => new JValue(0), () => new JValue(21), () => new JValue(1.5),
        () => new JValue(long.MaxValue), () => new JValue(1e300), () => new JValue(""), () => new JValue(" "),
        () => new JValue("BOX"), () => new JValue("TEXT"), () => new JValue("BUBBLE"), () => new JValue("URI"),
        () => new JValue("md"), () => new JValue("-5px"), () => new JValue("#GGG"), () => new JValue("javascript:alert(1)"),
        () => new JValue("2026-02-30T25:61:00.000+0000"), () => new JValue(new string('x', 5000)), () => new JValue("😀\u202e"),
        () => new JValue(true), () => JValue.CreateNull(), () => new JObject(), () => new JArray(), () => new JArray(new JObject()),
        () => new JObject(new JProperty("type", "BOX")), () => new JObject(new JProperty("unknown", 1)),
    ];

    private static byte[] MutateBytes(Random random, byte[][] corpus)
    {
        var bytes = new List<byte>(corpus[random.Next(corpus.Length)]);
        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = InterestingBytes[random.Next(InterestingBytes.Length)];
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 64));
                    bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                    break;
                case 4:
                case 5:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 6:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var other = corpus[random.Next(corpus.Length)];
                    var from = random.Next(other.Length);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static byte[][] Corpus() => CorpusFiles().Select(file => file.Bytes).ToArray();

    /// <summary>The seed request and the wire snapshots, with every node type written compact and indented.</summary>
    private static IEnumerable<(string Name, byte[] Bytes)> CorpusFiles()
    {
        yield return ("seed-request.json", File.ReadAllBytes(TestData.SamplePath("seed-request.json")));
        foreach (var snapshot in Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Json", "__snapshots__"), "*.snap").Order())
        {
            yield return (Path.GetFileName(snapshot), File.ReadAllBytes(snapshot));
        }

        foreach (var (type, node) in TestData.OneOfEveryNode())
        {
            yield return (type.Name, FlexJson.SerializeToUtf8Bytes(node));
            yield return (type.Name + " indented", Encoding.UTF8.GetBytes(FlexJson.Serialize(node, indented: true)));
        }
    }

    private static string Report(int seed, int index, byte[] input, string problem)
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"fuzz-{seed}-{index}.json");
        File.WriteAllBytes(file, input);
        var preview = Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 400));
        return $"Input {index} of seed {seed} ({input.Length} bytes, saved to {file}): {problem}\n{preview}";
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
