namespace LineFlex.Tests.Values;

/// <summary>Typed values hold only what LINE accepts for their property; malformed literals fail where they are written.</summary>
public class TypedValueTests
{
    [TestCase("none")]
    [TestCase("xs")]
    [TestCase("xxl")]
    [TestCase("12px")]
    [TestCase("0.3px")]
    public void A_spacing_accepts_keywords_and_pixels(string literal) =>
        Assert.That(FlexSpacing.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("50%", TestName = "A spacing rejects percentages")]
    [TestCase("MD", TestName = "A spacing rejects uppercase keywords")]
    [TestCase("xxs", TestName = "A spacing rejects a size keyword")]
    [TestCase("-4px", TestName = "A spacing rejects negative pixels")]
    [TestCase("4 px", TestName = "A spacing rejects a space before the unit")]
    [TestCase("", TestName = "A spacing rejects an empty string")]
    public void A_spacing_rejects(string literal)
    {
        var error = Assert.Throws<ArgumentException>(() => FlexSpacing.Parse(literal))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo("value"));
            Assert.That(error.Message, Does.Contain("is not a spacing"));
            Assert.That(error.Message, Does.Contain("none, xs, sm, md, lg, xl, xxl"));
        });
    }

    [Test]
    public void An_implicit_literal_is_checked_where_it_is_written()
    {
        var error = Assert.Throws<ArgumentException>(() => Flex.Text("x", t => t.Margin("medium")))!;

        Assert.That(error.Message, Does.Contain("\"medium\" is not a spacing"));
    }

    [TestCase("80%")]
    [TestCase("none")]
    [TestCase("23.5px")]
    public void A_padding_or_offset_accepts_keywords_pixels_and_percentages(string literal) =>
        Assert.That(FlexInset.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("3xl")]
    [TestCase("14px")]
    public void A_text_size_accepts_size_keywords_and_pixels(string literal) =>
        Assert.That(FlexSize.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("full")]
    [TestCase("80%")]
    public void A_text_size_rejects_what_only_images_accept(string literal) =>
        Assert.Throws<ArgumentException>(() => FlexSize.Parse(literal));

    [TestCase("full")]
    [TestCase("80%")]
    [TestCase("5xl")]
    public void An_image_size_accepts_full_and_percentages(string literal) =>
        Assert.That(FlexImageSize.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("semi-bold")]
    [TestCase("light")]
    [TestCase("2px")]
    public void A_border_width_accepts_its_own_keywords(string literal) =>
        Assert.That(FlexBorderWidth.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("md")]
    [TestCase("10%")]
    public void A_border_width_rejects_spacing_keywords_and_percentages(string literal) =>
        Assert.Throws<ArgumentException>(() => FlexBorderWidth.Parse(literal));

    [TestCase("120px")]
    [TestCase("50%")]
    public void A_box_length_accepts_pixels_and_percentages(string literal) =>
        Assert.That(FlexLength.Parse(literal).Value, Is.EqualTo(literal));

    [Test]
    public void A_box_length_has_no_keywords() => Assert.Throws<ArgumentException>(() => FlexLength.Parse("md"));

    [TestCase("#06C755")]
    [TestCase("#ffffff")]
    [TestCase("#FFFFFF80")]
    public void A_colour_accepts_rgb_and_rgba_hex(string literal) =>
        Assert.That(FlexColor.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("06C755")]
    [TestCase("#06C75")]
    [TestCase("#GGGGGG")]
    [TestCase("red")]
    public void A_colour_rejects_anything_else(string literal)
    {
        var error = Assert.Throws<ArgumentException>(() => FlexColor.Parse(literal))!;

        Assert.That(error.Message, Does.Contain("#RRGGBB"));
    }

    [Test]
    public void A_colour_from_its_parts_is_written_in_uppercase_hex()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FlexColor.FromRgb(6, 199, 85).Value, Is.EqualTo("#06C755"));
            Assert.That(FlexColor.FromRgba(255, 255, 255, 128).HasAlpha, Is.True);
        });
    }

    [TestCase("20:13")]
    [TestCase("1.91:1")]
    [TestCase("1:3")]
    [TestCase("100000:1")]
    public void An_aspect_ratio_accepts_width_colon_height(string literal) =>
        Assert.That(FlexAspectRatio.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("1:4", "at most three times the width")]
    [TestCase("0:1", "from 1 to 100000")]
    [TestCase("100001:1", "from 1 to 100000")]
    [TestCase("16/9", "{width}:{height}")]
    [TestCase("99999999999999999999999999999999:1", "from 1 to 100000")]
    public void An_aspect_ratio_rejects(string literal, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => FlexAspectRatio.Parse(literal))!;

        Assert.That(error.Message, Does.Contain(reason));
    }

    [Test]
    public void Pixel_and_percent_factories_write_plain_invariant_numbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FlexSpacing.Px(14).Value, Is.EqualTo("14px"));
            Assert.That(FlexInset.Px(0.30m).Value, Is.EqualTo("0.3px"));
            Assert.That(FlexImageSize.Percent(80).Value, Is.EqualTo("80%"));
            Assert.That(FlexAspectRatio.Of(1.91m, 1).Value, Is.EqualTo("1.91:1"));
        });
    }

    [Test]
    public void A_negative_pixel_count_throws_at_the_call_site() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FlexSpacing.Px(-1));

    [Test]
    public void The_raw_escape_hatch_keeps_any_string_and_says_it_is_not_well_formed()
    {
        var raw = FlexSpacing.Raw("medium");

        Assert.Multiple(() =>
        {
            Assert.That(raw.Value, Is.EqualTo("medium"));
            Assert.That(raw.IsWellFormed, Is.False);
            Assert.That(FlexSpacing.Raw("md"), Is.EqualTo(FlexSpacing.Md));
        });
    }

    [Test]
    public void Try_parse_returns_false_instead_of_throwing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FlexSize.TryParse("huge", out _), Is.False);
            Assert.That(FlexSize.TryParse(null, out _), Is.False);
            Assert.That(FlexSize.TryParse("lg", out var size) && size == FlexSize.Lg, Is.True);
        });
    }

    [Test]
    public void Keyword_properties_spell_the_lowercase_wire_word()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FlexSize.ThreeXl.Value, Is.EqualTo("3xl"));
            Assert.That(FlexImageSize.Full.Value, Is.EqualTo("full"));
            Assert.That(FlexBorderWidth.SemiBold.Value, Is.EqualTo("semi-bold"));
            Assert.That(FlexSpacing.None.Value, Is.EqualTo("none"));
        });
    }
}
