using LineFlex.Tests.Validation;

namespace LineFlex.Tests.Json;

/// <summary>A message quotes a short excerpt of what it was given, however long the input.</summary>
public class BoundedMessageTests
{
    /// <summary>Long enough that quoting it whole could not pass for short.</summary>
    private static readonly string Huge = new('x', 1_000_000);

    /// <summary>The message of any error that quotes input: the excerpt, the path and the advice, never the input.</summary>
    private const int MaxMessageLength = 600;

    private static FlexJsonException ParseError<T>(string json)
        where T : class =>
        Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<T>(json))!;

    private static IEnumerable<TestCaseData> HugeInputs()
    {
        yield return new TestCaseData("{\"to\":\"1\",\"" + Huge + "\":\"2\"}", typeof(LineDestination)).SetName("An unknown property with a huge name");
        yield return new TestCaseData("{\"messages\":[{\"" + Huge + "\":1}]}", typeof(LineRequest)).SetName("An unknown property with a huge name inside a list");
        yield return new TestCaseData("{\"type\":\"" + Huge + "\"}", typeof(FlexComponent)).SetName("A huge component type");
        yield return new TestCaseData("{\"type\":\"" + Huge + "\"}", typeof(FlexAction)).SetName("A huge action type");
        yield return new TestCaseData("{\"type\":\"" + Huge + "\"}", typeof(FlexBubble)).SetName("A huge bubble type");
        yield return new TestCaseData("{\"type\":\"TEXT\",\"text\":\"a\",\"align\":\"" + Huge + "\"}", typeof(FlexComponent)).SetName("A huge enum word in a component");
        yield return new TestCaseData("{\"amount\":1,\"timeUnit\":\"" + Huge + "\"}", typeof(ValidityPeriod)).SetName("A huge enum word in an option");
        yield return new TestCaseData("{\"sendAt\":\"" + Huge + "\"}", typeof(ScheduleOptions)).SetName("A huge sendAt");
        yield return new TestCaseData("{\"amount\":" + new string('7', 1_000_000) + "}", typeof(ValidityPeriod)).SetName("A huge number");
    }

    [TestCaseSource(nameof(HugeInputs))]
    public void A_parser_error_quotes_an_excerpt_of_a_huge_value(string json, Type type)
    {
        var read = typeof(BoundedMessageTests).GetMethod(nameof(ParseError), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type);
        var error = (FlexJsonException)read.Invoke(null, [json])!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Has.Length.LessThan(MaxMessageLength));
            Assert.That(error.Path, Has.Length.LessThan(MaxMessageLength));
            Assert.That(error.Message, Does.Contain("xxx...").Or.Contain("777..."));
            Assert.That(error.InnerException?.Message ?? string.Empty, Has.Length.LessThan(MaxMessageLength));
        });
    }

    [Test]
    public void An_unknown_property_with_a_huge_name_keeps_its_place_in_the_path()
    {
        var error = ParseError<LineMessage>("{\"sender\":\"S\",\"destinations\":[{\"to\":\"1\",\"" + Huge + "\":2}]}");

        Assert.That(error.Path, Is.EqualTo("destinations[0]." + FlexLimits.Excerpt(Huge)));
    }

    /// <summary>Long, but leaves a bubble under 30 KB.</summary>
    private static readonly string Long = new('x', 20_000);

    private static IEnumerable<TestCaseData> LongValues()
    {
        yield return new TestCaseData(Minimal.WithBody(Minimal.Hi with { Margin = FlexSpacing.Raw(Long) })).SetName("A malformed margin");
        yield return new TestCaseData(Minimal.WithBody(Minimal.Photo with { Url = "ftp://" + Long })).SetName("An image url that is not HTTPS");
        yield return new TestCaseData(Minimal.WithBody(new FlexButton { Action = new UriAction { Label = "Open", Uri = "mailto:" + Long } })).SetName("An action uri of a scheme LINE does not open");
        yield return new TestCaseData(Minimal.WithBody(Minimal.Hi with { Color = FlexColor.Raw(Long) })).SetName("A malformed colour");
        yield return new TestCaseData(Minimal.WithMessage(m => m with { Destinations = [new LineDestination { To = Long }] })).SetName("A destination that is not a phone number");
    }

    [TestCaseSource(nameof(LongValues))]
    public void A_validator_finding_quotes_an_excerpt_of_a_long_value(LineRequest request)
    {
        var report = FlexValidator.Default.Validate(request);

        Assert.Multiple(() =>
        {
            Assert.That(report.Errors, Is.Not.Empty);
            Assert.That(report.Errors.Select(e => e.ToString().Length), Has.All.LessThan(MaxMessageLength));
            Assert.That(new FlexValidationException(report).Message, Has.Length.LessThan(MaxMessageLength * report.Errors.Count));
        });
    }

    [Test]
    public void A_finding_keeps_the_whole_attempted_value()
    {
        var report = FlexValidator.Default.Validate(Minimal.WithBody(Minimal.Hi with { Margin = FlexSpacing.Raw(Long) }));

        Assert.That(Equals(report.Errors[0].AttemptedValue, FlexSpacing.Raw(Long)), Is.True);
    }

    [Test]
    public void A_malformed_typed_value_quotes_an_excerpt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => FlexColor.Parse(Huge), Throws.ArgumentException.With.Message.Length.LessThan(MaxMessageLength));
            Assert.That(() => FlexSpacing.Parse(Huge), Throws.ArgumentException.With.Message.Length.LessThan(MaxMessageLength));
            Assert.That(() => FlexAspectRatio.Parse(Huge), Throws.ArgumentException.With.Message.Length.LessThan(MaxMessageLength));
        });
    }

    [Test]
    public void An_excerpt_cuts_a_long_text_to_the_excerpt_length_with_an_ellipsis()
    {
        var excerpt = FlexLimits.Excerpt(Huge);

        Assert.Multiple(() =>
        {
            Assert.That(excerpt, Has.Length.EqualTo(FlexLimits.ExcerptLength));
            Assert.That(excerpt, Does.EndWith("..."));
            Assert.That(excerpt, Does.StartWith("xxxx"));
        });
    }

    [Test]
    public void An_excerpt_leaves_a_short_text_as_it_is() =>
        Assert.That(FlexLimits.Excerpt("medium"), Is.EqualTo("medium"));

    [Test]
    public void An_excerpt_shows_line_breaks_and_control_characters_escaped() =>
        Assert.That(FlexLimits.Excerpt("a\nb\tc\0d\u202Ee"), Is.EqualTo("a\\nb\\tc\\u0000d\\u202Ee"));

    [Test]
    public void An_excerpt_never_splits_a_surrogate_pair()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));

        var excerpt = FlexLimits.Excerpt(emoji);

        Assert.Multiple(() =>
        {
            Assert.That(excerpt, Has.Length.LessThanOrEqualTo(FlexLimits.ExcerptLength));
            Assert.That(excerpt[..^3].Length % 2, Is.Zero);
            Assert.That(char.IsHighSurrogate(excerpt[^4]), Is.False);
        });
    }
}
