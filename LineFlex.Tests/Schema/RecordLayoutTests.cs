namespace LineFlex.Tests.Schema;

/// <summary>
/// Properties most components leave unset (placement, a box's frame) are kept apart from the record's own fields;
/// records must still compare, hash and copy by every property.
/// </summary>
public class RecordLayoutTests
{
    [Test]
    public void Records_that_differ_only_in_a_property_kept_apart_are_not_equal()
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, OffsetTop = FlexOffset.Px(4), PaddingEnd = FlexInset.Md, CornerRadius = FlexSpacing.Sm };
        var same = new FlexBox { Layout = BoxLayout.Vertical, OffsetTop = FlexOffset.Px(4), PaddingEnd = FlexInset.Md, CornerRadius = FlexSpacing.Sm };
        var other = same with { PaddingEnd = FlexInset.Lg };

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(box));
            Assert.That(same.GetHashCode(), Is.EqualTo(box.GetHashCode()));
            Assert.That(other, Is.Not.EqualTo(box));
            Assert.That(new FlexText { Text = "a", Position = FlexPosition.Absolute }, Is.Not.EqualTo(new FlexText { Text = "a" }));
        });
    }

    [Test]
    public void With_changes_the_copy_and_leaves_the_original_and_the_other_properties_alone()
    {
        var text = new FlexText { Text = "a", Position = FlexPosition.Absolute, OffsetTop = FlexOffset.Px(4), OffsetEnd = FlexOffset.Xs };

        var moved = text with { OffsetTop = FlexOffset.Px(8) };

        Assert.Multiple(() =>
        {
            Assert.That(text.OffsetTop, Is.EqualTo(FlexOffset.Px(4)));
            Assert.That(moved.OffsetTop, Is.EqualTo(FlexOffset.Px(8)));
            Assert.That(moved.Position, Is.EqualTo(FlexPosition.Absolute));
            Assert.That(moved.OffsetEnd, Is.EqualTo(FlexOffset.Xs));
            Assert.That(moved.Text, Is.EqualTo("a"));
        });
    }

    [Test]
    public void Clearing_every_property_kept_apart_gives_a_record_equal_to_one_that_never_set_them()
    {
        var box = new FlexBox { Layout = BoxLayout.Horizontal, Position = FlexPosition.Absolute, Width = FlexLength.Parse("50%"), BorderColor = FlexColor.Parse("#000000") };

        var cleared = box with { Position = null, Width = null, BorderColor = null };

        Assert.Multiple(() =>
        {
            Assert.That(cleared, Is.EqualTo(new FlexBox { Layout = BoxLayout.Horizontal }));
            Assert.That(cleared.GetHashCode(), Is.EqualTo(new FlexBox { Layout = BoxLayout.Horizontal }.GetHashCode()));
            Assert.That(FlexJson.Serialize(cleared), Is.EqualTo("""{"type":"BOX","layout":"HORIZONTAL"}"""));
        });
    }
}
