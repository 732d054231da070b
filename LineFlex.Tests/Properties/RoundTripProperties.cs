using System.Globalization;
using CsCheck;

namespace LineFlex.Tests.Properties;

/// <summary>
/// Properties that hold for every tree the model can hold, checked on random trees. The seeds are fixed so a
/// run is repeatable; a failure prints the shrunk tree and the seed that reproduces it.
/// </summary>
[TestFixture]
public sealed class RoundTripProperties
{
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Iterations = 300;

    private static readonly string[] Cultures = ["th-TH", "tr-TR", "ar-SA", "fa-IR", "de-DE", "ja-JP", "he-IL", "hi-IN"];

    [Test]
    public void A_random_request_serializes_parses_to_an_equal_tree_and_serializes_to_the_same_bytes() =>
        ModelGens.Requests(ModelGenOptions.WellTyped).Sample(RoundTrips, seed: Seed, iter: Iterations, threads: 1, print: Print);

    [Test]
    public void A_random_bubble_round_trips() =>
        ModelGens.Bubbles(ModelGenOptions.WellTyped).Sample(RoundTrips, seed: Seed, iter: Iterations, threads: 1, print: Print);

    [Test]
    public void A_random_component_round_trips() =>
        ModelGens.Components(ModelGenOptions.WellTyped).Sample(RoundTrips, seed: Seed, iter: Iterations, threads: 1, print: Print);

    [Test]
    public void Wide_and_deep_bubbles_round_trip() =>
        ModelGens.Bubbles(ModelGenOptions.WellTyped with { MaxBoxDepth = 20, MaxListLength = 12, PropertyChance = 0.8 })
            .Sample(RoundTrips, seed: Seed, iter: 40, threads: 1, print: Print);

    [Test]
    public void The_validator_never_throws_on_any_tree_the_model_can_hold() =>
        ModelGens.Requests(ModelGenOptions.Hostile).Sample(
            request => FlexValidator.Default.Validate(request),
            seed: Seed,
            iter: Iterations,
            threads: 1,
            print: Print);

    [Test]
    public void The_validator_never_throws_on_any_bubble_or_component() =>
        Gen.Select(ModelGens.Bubbles(ModelGenOptions.Hostile), ModelGens.Components(ModelGenOptions.Hostile)).Sample(
            (bubble, component) =>
            {
                FlexValidator.Default.Validate(bubble);
                FlexValidator.Default.Validate(component);
            },
            seed: Seed,
            iter: Iterations,
            threads: 1);

    [Test]
    public void Serialization_gives_the_same_bytes_in_every_culture() =>
        ModelGens.Requests(ModelGenOptions.WellTyped).Sample(
            request =>
            {
                var invariant = InCulture(CultureInfo.InvariantCulture, () => FlexJson.SerializeToUtf8Bytes(request));
                foreach (var name in Cultures)
                {
                    var bytes = InCulture(CultureInfo.GetCultureInfo(name), () => FlexJson.SerializeToUtf8Bytes(request));
                    Holds(bytes.AsSpan().SequenceEqual(invariant), $"The bytes written under {name} differ from the invariant culture's.");
                }
            },
            seed: Seed,
            iter: 100,
            threads: 1,
            print: Print);

    [Test]
    public void Parsing_reads_the_same_tree_in_every_culture() =>
        ModelGens.Requests(ModelGenOptions.WellTyped).Sample(
            request =>
            {
                var json = FlexJson.Serialize(request);
                foreach (var name in Cultures)
                {
                    var parsed = InCulture(CultureInfo.GetCultureInfo(name), () => FlexJson.Deserialize<LineRequest>(json));
                    Holds(parsed.Equals(request), $"The tree read under {name} differs.");
                }
            },
            seed: Seed,
            iter: 50,
            threads: 1,
            print: Print);

    [Test]
    public void The_generator_sets_every_property_of_every_model_type()
    {
        // The properties above mean something only if the random trees reach every property of every node.
        var readable = TestData.OneOfEveryNode().Keys.Where(t => !t.IsAbstract);
        Assert.That(ModelGens.ModelTypes(), Is.SupersetOf(readable), "The model walk misses node types.");

        var seen = new HashSet<(Type, string)>();
        var gen = ModelGens.Requests(ModelGenOptions.WellTyped with { PropertyChance = 0.9, MaxListLength = 8 });
        gen.Sample(request => Collect(request, seen), seed: Seed, iter: 200, threads: 1);

        var missing = ModelGens.ModelTypes()
            .SelectMany(type => ModelGens.SettableProperties(type).Select(p => (type, p.Name)))
            .Where(pair => !seen.Contains(pair))
            .Select(pair => $"{pair.Item1.Name}.{pair.Item2}")
            .ToList();
        Assert.That(missing, Is.Empty, "Properties no random tree ever set.");
    }

    /// <summary>Serializes, parses back and serializes again: the tree must be equal and the bytes identical.</summary>
    internal static void RoundTrips<T>(T node)
        where T : class
    {
        var json = FlexJson.Serialize(node);
        var parsed = FlexJson.Deserialize<T>(json);
        Holds(parsed.Equals(node), "The parsed tree differs from the written one.");
        Holds(parsed.GetHashCode() == node.GetHashCode(), "Equal trees must share a hash code.");
        Holds(FlexJson.Serialize(parsed) == json, "Writing the parsed tree gives other bytes.");
    }

    /// <summary>
    /// Fails a sample with a plain exception, not an NUnit assertion: NUnit records a failed assertion in the test's
    /// result even when CsCheck catches it while shrinking, which would report every shrink step.
    /// </summary>
    internal static void Holds(bool condition, string problem)
    {
        if (!condition) throw new PropertyViolationException(problem);
    }

    private static string Print<T>(T node)
        where T : class => FlexJson.Serialize(node, indented: true);

    private static TResult InCulture<TResult>(CultureInfo culture, Func<TResult> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    private static void Collect(object? node, HashSet<(Type, string)> seen)
    {
        if (node is null || !ModelGens.ModelTypes().Contains(node.GetType()))
        {
            if (node is System.Collections.IEnumerable list and not string)
            {
                foreach (var item in list) Collect(item, seen);
            }

            return;
        }

        foreach (var property in ModelGens.SettableProperties(node.GetType()))
        {
            var value = property.GetValue(node);
            if (value is null) continue;
            seen.Add((node.GetType(), property.Name));
            Collect(value, seen);
        }
    }
}

/// <summary>A property that did not hold for a sample.</summary>
internal sealed class PropertyViolationException(string message) : Exception(message);
