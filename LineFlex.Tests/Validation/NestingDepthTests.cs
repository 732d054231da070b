using System.Text;

namespace LineFlex.Tests.Validation;

/// <summary>
/// Boxes nest at most <see cref="FlexLimits.MaxDepth"/> deep in the builder, the validator, the serializer and
/// the parser. A tree of records 10,000 boxes deep used to end the test process with a stack overflow.
/// </summary>
public class NestingDepthTests
{
    /// <summary>Deep enough to overflow the stack of a walk that follows every level.</summary>
    private const int Abysmal = 10_000;

    private static readonly FlexValidator Validator = LonGuidelinesOff.Validator(new FixedClock(FixedClock.Now));

    /// <summary><paramref name="levels"/> VERTICAL boxes, each in the one before, the innermost holding a TEXT; built without recursion.</summary>
    private static FlexBox Nested(int levels)
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [Minimal.Hi] };
        for (var level = 1; level < levels; level++)
        {
            box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [box] };
        }

        return box;
    }

    private static string ContentsPath(int times) => string.Join(".", Enumerable.Repeat("contents[0]", times));

    [Test]
    public void The_validator_reports_a_tree_of_records_nested_10000_deep_as_one_finding()
    {
        var report = Validator.Validate(Minimal.WithBlock(_ => Nested(Abysmal)));

        Assert.That(report.Findings, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings[0].Code, Is.EqualTo(FlexRules.NestingDepth.Code));
            Assert.That(report.Findings[0].Path, Is.EqualTo("messages[0].content.contents.body." + ContentsPath(FlexLimits.MaxDepth)));
            Assert.That(report.Findings[0].Message, Does.Contain("FlexLimits.MaxDepth"));
            Assert.That(report.IsValid, Is.False);
        });
    }

    [Test]
    public void The_validator_reports_a_deep_message_bubble_and_component_at_paths_relative_to_them()
    {
        var bubble = new FlexBubble { Footer = Nested(Abysmal) };
        var message = Minimal.Request().Messages![0] with { Content = new LineNotificationContent { AltText = "a", Contents = bubble } };

        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(message).Findings.Single().Path, Is.EqualTo("content.contents.footer." + ContentsPath(FlexLimits.MaxDepth)));
            Assert.That(Validator.Validate(bubble).Findings.Single().Path, Is.EqualTo("footer." + ContentsPath(FlexLimits.MaxDepth)));
            Assert.That(Validator.Validate((FlexComponent)Nested(Abysmal)).Findings.Single().Path, Is.EqualTo(ContentsPath(FlexLimits.MaxDepth)));
        });
    }

    [Test]
    public void The_validator_checks_a_tree_nested_exactly_to_the_limit_as_usual()
    {
        var report = Validator.Validate(Minimal.WithBlock(_ => Nested(FlexLimits.MaxDepth) with { Layout = null }));

        Assert.That(report.Findings.Select(f => f.Code), Is.EqualTo(new[] { FlexRules.LayoutRequired.Code }));
    }

    [Test]
    public void The_serializer_refuses_a_tree_of_records_nested_10000_deep_with_a_clear_error()
    {
        var bubble = new FlexBubble { Body = Nested(Abysmal) };

        var error = Assert.Throws<ArgumentException>(() => FlexJson.Serialize(bubble))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain($"The box at 'body.{ContentsPath(FlexLimits.MaxDepth)}' is nested {FlexLimits.MaxDepth + 1} boxes deep"));
            Assert.That(error.Message, Does.Contain(FlexRules.NestingDepth.Code));
        });
    }

    [Test]
    public void A_tree_nested_exactly_to_the_limit_serializes_and_reads_back_equal()
    {
        var request = Minimal.WithBlock(_ => Nested(FlexLimits.MaxDepth));

        var json = FlexJson.Serialize(request);

        Assert.That(FlexJson.Deserialize<LineRequest>(json), Is.EqualTo(request));
    }

    [Test]
    public void The_builder_throws_at_the_box_call_that_nests_too_deep()
    {
        var calls = 0;
        void Deeper(BoxBuilder box)
        {
            calls++;
            box.Box(Deeper);
        }

        var error = Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Body(Deeper))!;

        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.EqualTo(FlexLimits.MaxDepth));
            Assert.That(error.Message, Does.StartWith($"This box would be nested {FlexLimits.MaxDepth + 1} boxes deep; LineFlex allows at most {FlexLimits.MaxDepth} (FlexLimits.MaxDepth)."));
        });
    }

    [Test]
    public void The_builder_nests_boxes_exactly_to_the_limit()
    {
        void Deeper(BoxBuilder box, int level)
        {
            if (level < FlexLimits.MaxDepth)
            {
                box.Box(inner => Deeper(inner, level + 1));
            }
            else
            {
                box.Text("Hi");
            }
        }

        var body = Flex.Box(BoxLayout.Vertical, box => Deeper(box, 1));

        Assert.That(body, Is.EqualTo(Nested(FlexLimits.MaxDepth)));
    }

    [Test]
    public void The_builder_refuses_to_add_a_built_component_that_would_nest_too_deep()
    {
        var error = Assert.Throws<ArgumentException>(() => Flex.Box(BoxLayout.Vertical, box => box.Box(inner => inner.Add(Nested(Abysmal)))))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo("component"));
            Assert.That(error.Message, Does.Contain("In a box nested 2 deep"));
            Assert.That(() => Flex.Box(BoxLayout.Vertical, box => box.Add(Nested(FlexLimits.MaxDepth - 1))), Throws.Nothing);
            Assert.That(() => Flex.Box(BoxLayout.Vertical, box => box.Add(Nested(FlexLimits.MaxDepth))), Throws.ArgumentException);
        });
    }

    [Test]
    public void The_builder_refuses_a_built_block_or_bubble_that_nests_too_deep()
    {
        var deep = Nested(FlexLimits.MaxDepth + 1);

        Assert.Multiple(() =>
        {
            Assert.That(() => Flex.Bubble().Header(deep), Throws.ArgumentException.With.Property("ParamName").EqualTo("header"));
            Assert.That(() => Flex.Bubble().Body(deep), Throws.ArgumentException.With.Property("ParamName").EqualTo("body"));
            Assert.That(() => Flex.Bubble().Footer(deep), Throws.ArgumentException.With.Property("ParamName").EqualTo("footer"));
            Assert.That(() => Flex.Message().Bubble(new FlexBubble { Body = deep }), Throws.ArgumentException.With.Property("ParamName").EqualTo("bubble"));
            Assert.That(() => Flex.Bubble().Body(Nested(FlexLimits.MaxDepth)), Throws.Nothing);
        });
    }

    /// <summary>A bubble whose body nests <paramref name="levels"/> boxes, one per line.</summary>
    private static string NestedJson(int levels)
    {
        var json = new StringBuilder("{\"type\":\"BUBBLE\",\"body\":");
        for (var level = 1; level <= levels; level++)
        {
            json.Append("\n{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[");
        }

        json.Append("{\"type\":\"TEXT\",\"text\":\"Hi\"}");
        json.Insert(json.Length, "]}", levels);
        return json.Append('}').ToString();
    }

    [Test]
    public void The_parser_rejects_a_box_nested_one_level_too_deep_where_it_stands()
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(NestedJson(FlexLimits.MaxDepth + 1)))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith($"This box is nested {FlexLimits.MaxDepth + 1} boxes deep; at most {FlexLimits.MaxDepth} may nest"));
            Assert.That(error.Path, Is.EqualTo("body." + ContentsPath(FlexLimits.MaxDepth)));
            Assert.That(error.LineNumber, Is.EqualTo(FlexLimits.MaxDepth + 2));
            Assert.That(error.LinePosition, Is.EqualTo(1));
        });
    }

    [Test]
    public void The_parser_rejects_json_nested_10000_boxes_deep_with_its_location()
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(NestedJson(Abysmal)))!;

        Assert.That(error.LineNumber, Is.InRange(FlexLimits.MaxDepth + 2, 100));
    }

    [Test]
    public void The_parser_reads_boxes_nested_exactly_to_the_limit() =>
        Assert.That(FlexJson.Deserialize<FlexBubble>(NestedJson(FlexLimits.MaxDepth)).Body, Is.EqualTo(Nested(FlexLimits.MaxDepth)));
}
