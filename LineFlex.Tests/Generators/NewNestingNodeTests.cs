using System.Reflection;

namespace LineFlex.Tests.Generators;

/// <summary>
/// How deep a tree nests follows from the schema: in a scratch copy of LineFlex.Dsl, a new component that holds a box
/// (a VIDEO with an <c>altContent</c> box) counts a level like a box, so a tree of VIDEO/BOX pairs 100,000 deep is a
/// located error in the builder, the validator, the writer and the reader, never a stack overflow, and a tree within
/// the limit is written and read back alike.
/// </summary>
public class NewNestingNodeTests
{
    /// <summary>Deep enough to overflow the stack of any walk that follows every level.</summary>
    private const int Abysmal = 100_000;

    private const string Video = """
        namespace LineFlex;

        /// <summary>A <c>VIDEO</c>: plays a video, with a box shown where it cannot play.</summary>
        [FlexNode(ComponentType.Video)]
        public sealed partial record FlexVideo : FlexComponent
        {
            /// <summary><c>url</c> (required).</summary>
            [Wire(Required = true)] public string? Url { get; init; }

            /// <summary><c>previewUrl</c>.</summary>
            public string? PreviewUrl { get; init; }

            /// <summary><c>altContent</c>: shown where the video cannot play.</summary>
            public FlexBox? AltContent { get; init; }
        }
        """;

    /// <summary>The VIDEO's validator: the validator dispatch, generated from the model, calls one for every type of component.</summary>
    private const string VideoValidator = """
        namespace LineFlex;

        internal sealed class VideoValidator() : NodeValidator<FlexVideo>(Check)
        {
            public static void Check<T>(FlexVideo video, NodeChecks<T> c) => c.Required(FlexRules.ImageUrlRequired, "url", video.Url);
        }
        """;

    /// <summary>Builds the trees and the JSON without recursion, in the scratch assembly's own terms.</summary>
    private const string Trees = """
        namespace LineFlex;

        public static class DeepVideos
        {
            /// <summary>A box holding a video whose alternative box holds a video ..., <paramref name="pairs"/> pairs deep.</summary>
            public static FlexBox Tree(int pairs)
            {
                var box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [] };
                for (var i = 1; i < pairs; i++)
                {
                    box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexVideo { Url = "https://example.com/v.mp4", AltContent = box }] };
                }

                return box;
            }

            public static string Json(int pairs)
            {
                var json = new System.Text.StringBuilder();
                for (var i = 1; i < pairs; i++)
                {
                    json.Append("{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[\n{\"type\":\"VIDEO\",\"url\":\"https://example.com/v.mp4\",\"altContent\":");
                }

                json.Append("{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[]}");
                for (var i = 1; i < pairs; i++)
                {
                    json.Append("}]}");
                }

                return json.ToString();
            }

            public static FlexBox Build(FlexComponent component) => Flex.Box(BoxLayout.Vertical, b => b.Add(component));

            public static FlexValidationReport Validate(FlexComponent component) => new FlexValidator().Validate(component);

            public static FlexComponent Read(string json) => FlexJson.Deserialize<FlexComponent>(json);

            public static int Walk(object node)
            {
                var counter = new NodeCounter();
                counter.Walk(node);
                return counter.Count;
            }

            private sealed class NodeCounter : FlexWalker
            {
                public int Count { get; private set; }

                protected override void Visit(object node)
                {
                    Count++;
                    base.Visit(node);
                }
            }
        }
        """;

    private static Assembly _scratch = null!;

    [OneTimeSetUp]
    public void Compile_the_model_with_a_video_that_holds_a_box()
    {
        var sources = WithVideo();
        sources["DeepVideos.cs"] = Trees;

        var compilation = ScratchCompilation.Compile(sources);

        Assert.That(compilation.Errors, Is.Empty);
        _scratch = compilation.Load();
    }

    [Test]
    public void The_builder_refuses_a_tree_of_videos_and_boxes_100000_deep_naming_the_parameter()
    {
        var error = Catch(() => Call("Build", Call("Tree", Abysmal)));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<ArgumentException>());
            Assert.That(((ArgumentException)error).ParamName, Is.EqualTo("component"));
            Assert.That(error.Message, Does.Contain("FlexLimits.MaxDepth"));
        });
    }

    [Test]
    public void The_validator_reports_a_tree_of_videos_and_boxes_100000_deep_at_the_first_level_too_deep()
    {
        var report = Call("Validate", Call("Tree", Abysmal));
        var findings = ((System.Collections.IEnumerable)Property(report, "Findings")!).Cast<object>().ToList();

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Property(findings[0], "Code"), Is.EqualTo(FlexRules.NestingDepth.Code));
            Assert.That(Property(findings[0], "Path"), Is.EqualTo(PathOfLevel(FlexLimits.MaxDepth + 1)));
        });
    }

    [Test]
    public void The_writer_refuses_a_tree_of_videos_and_boxes_100000_deep_at_its_path()
    {
        var tree = Call("Tree", Abysmal);

        var error = Catch(() => Serialize(tree));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<ArgumentException>());
            Assert.That(error.Message, Does.Contain($"'{PathOfLevel(FlexLimits.MaxDepth + 1)}'"));
            Assert.That(error.Message, Does.Contain("FlexLimits.MaxDepth"));
        });
    }

    [Test]
    public void The_walker_refuses_a_tree_of_videos_and_boxes_100000_deep_at_its_path()
    {
        var error = Catch(() => Call("Walk", Call("Tree", Abysmal)));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<ArgumentException>());
            Assert.That(error.Message, Does.Contain($"'{PathOfLevel(FlexLimits.MaxDepth + 1)}'"));
            Assert.That(error.Message, Does.Contain("FlexLimits.MaxDepth"));
        });
    }

    [Test]
    public void The_reader_refuses_json_of_videos_and_boxes_100000_deep_with_its_line()
    {
        var error = Catch(() => Call("Read", Call("Json", Abysmal)));

        Assert.Multiple(() =>
        {
            Assert.That(error.GetType().Name, Is.EqualTo("FlexJsonException"));
            Assert.That((int)Property(error, "LineNumber")!, Is.InRange(1, FlexLimits.MaxDepth + 2));
            Assert.That(error.Message, Does.Contain("FlexLimits.MaxDepth"));
        });
    }

    [Test]
    public void Every_pass_takes_a_tree_within_the_limit_and_refuses_one_past_it()
    {
        // A tree of n pairs is 2n - 1 levels: each box and each video in one counts.
        var pairs = FlexLimits.MaxDepth / 2;
        var atLimit = Call("Tree", pairs);
        var tooDeep = Call("Tree", pairs + 1);
        var json = Serialize(atLimit);

        Assert.Multiple(() =>
        {
            Assert.That(Attempt(() => Call("Build", atLimit)), Is.Null);
            Assert.That(Attempt(() => Call("Build", tooDeep)), Is.TypeOf<ArgumentException>());
            Assert.That(Property(Call("Validate", atLimit), "IsValid"), Is.True);
            Assert.That(Call("Walk", atLimit), Is.EqualTo((2 * pairs) - 1));
            Assert.That(Attempt(() => Call("Walk", tooDeep)), Is.TypeOf<ArgumentException>());
            Assert.That(json, Is.EqualTo(((string)Call("Json", pairs)).Replace("\n", string.Empty, StringComparison.Ordinal)));
            Assert.That(Call("Read", json), Is.EqualTo(atLimit));
            Assert.That(Property(Call("Validate", tooDeep), "IsValid"), Is.False);
            Assert.That(Attempt(() => Serialize(tooDeep)), Is.TypeOf<ArgumentException>());
            Assert.That(Catch(() => Call("Read", Call("Json", pairs + 1))).GetType().Name, Is.EqualTo("FlexJsonException"));
        });
    }

    [Test]
    public void A_component_visitor_that_does_not_handle_the_new_component_does_not_compile()
    {
        var sources = WithVideo();
        var handled = new[] { "FlexBox", "FlexText", "FlexSpan", "FlexImage", "FlexIcon", "FlexButton", "FlexSeparator" }
            .Select(type => $"    protected override void Visit{type}({type} node, int context) {{ }}\n");
        sources["Counter.cs"] = "namespace LineFlex;\n\ninternal sealed class Counter : FlexComponentVisitor<int>\n{\n" + string.Concat(handled) + "}\n";

        var errors = ScratchCompilation.Compile(sources).Errors;

        Assert.That(errors.Select(e => e.Id + " " + e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "CS0534 'Counter' does not implement inherited abstract member 'FlexComponentVisitor<int>.VisitFlexVideo(FlexVideo, int)'",
        }));
    }

    [Test]
    public void Code_generation_does_not_compile_until_its_visitor_handles_the_new_component()
    {
        var sources = WithVideo();
        foreach (var (path, text) in ScratchCompilation.Sources("LineFlex.CodeGeneration"))
        {
            sources[Path.Combine("CodeGeneration", path)] = text;
        }

        var errors = ScratchCompilation.Compile(sources).Errors;

        Assert.That(errors.Select(e => e.Id + " " + e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "CS0534 'FlexCodeEmitter.BuilderCalls' does not implement inherited abstract member 'FlexVisitor<CSharpCode?>.VisitFlexVideo(FlexVideo)'",
        }));
    }

    [Test]
    public void A_new_component_without_a_validator_does_not_compile()
    {
        var sources = WithVideo();
        sources.Remove(Path.Combine("Validation", "Validators", "VideoValidator.cs"));

        var errors = ScratchCompilation.Compile(sources).Errors;

        Assert.That(errors.Select(e => e.Id + " " + e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "CS0103 The name 'VideoValidator' does not exist in the current context",
        }));
    }

    /// <summary>The sources of LineFlex.Dsl with <see cref="Video"/> and its <see cref="VideoValidator"/> declared.</summary>
    private static Dictionary<string, string> WithVideo()
    {
        var sources = ScratchCompilation.DslSources();
        var types = Path.Combine("Model", "Enums", "ComponentType.cs");
        var edited = sources[types].Replace("    Separator,\n}", "    Separator,\n\n    /// <summary><c>VIDEO</c>.</summary>\n    Video,\n}", StringComparison.Ordinal);
        Assert.That(edited, Is.Not.EqualTo(sources[types]), "ComponentType.cs no longer ends with Separator as the test expects");
        sources[types] = edited;
        sources[Path.Combine("Model", "FlexVideo.cs")] = Video;
        sources[Path.Combine("Validation", "Validators", "VideoValidator.cs")] = VideoValidator;
        return sources;
    }

    /// <summary>The path from the outermost box to the component at <paramref name="level"/> (1 for the outermost).</summary>
    private static string PathOfLevel(int level) =>
        string.Join(".", Enumerable.Range(0, level - 1).Select(i => i % 2 == 0 ? "contents[0]" : "altContent"));

    private static object Call(string name, params object[] arguments)
    {
        try
        {
            return _scratch.GetType("LineFlex.DeepVideos", throwOnError: true)!.GetMethod(name)!.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static string Serialize(object node)
    {
        try
        {
            return (string)_scratch.GetType("LineFlex.FlexJson", throwOnError: true)!.GetMethod("Serialize", [typeof(object), typeof(bool)])!.Invoke(null, [node, false])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>The exception <paramref name="action"/> throws, or null.</summary>
    private static Exception? Attempt(Func<object> action)
    {
        try
        {
            _ = action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static Exception Catch(Func<object> action) => Attempt(action) ?? throw new AssertionException("Expected an exception, but none was thrown.");

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
}
