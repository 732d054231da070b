namespace LineFlex.Tests.Building;

/// <summary>Fitting data into altText and labels, counted as the validator counts.</summary>
public class TextLimitsTests
{
    [Test]
    public void A_text_that_fits_is_returned_unchanged()
    {
        Assert.That(FlexTextLimits.Truncate("Order shipped", 20), Is.EqualTo("Order shipped"));
    }

    [Test]
    public void A_long_text_is_cut_to_the_limit_with_an_ellipsis()
    {
        var cut = FlexTextLimits.Truncate("Your order A-1029 has shipped", 20);

        Assert.That(cut, Is.EqualTo("Your order A-1029 h\u2026"));
        Assert.That(cut, Has.Length.EqualTo(20));
    }

    [Test]
    public void An_emoji_is_never_split_in_half()
    {
        // 19 letters leave room for one code unit; the emoji takes two, so it goes whole.
        var cut = FlexTextLimits.Truncate(new string('a', 18) + " \U0001F69A truck", 20);

        Assert.That(cut, Is.EqualTo(new string('a', 18) + "\u2026"));
    }

    [Test]
    public void A_thai_vowel_stays_with_its_consonant()
    {
        // "กี" is one grapheme of two code units: cutting between them would leave the vowel floating.
        var cut = FlexTextLimits.Truncate("กีกีกี", 4);

        Assert.That(cut, Is.EqualTo("กี\u2026"));
    }

    [Test]
    public void ForLabel_fits_a_label_the_validator_accepts()
    {
        var label = FlexTextLimits.ForLabel("Track your package with the carrier");
        var action = Flex.Uri(label, "https://example.com");

        Assert.That(new FlexValidator().Validate(action).Findings, Is.Empty);
        Assert.That(label, Is.EqualTo("Track your package\u2026"), "cut at 19 code units, the space before the cut dropped");
    }

    [Test]
    public void A_limit_with_no_room_for_the_ellipsis_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FlexTextLimits.Truncate("abc", 1));
    }
}
