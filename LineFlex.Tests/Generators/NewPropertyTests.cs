using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace LineFlex.Tests.Generators;

/// <summary>
/// The point of the generator: in a scratch copy of LineFlex.Dsl, one optional property added to BOX as one partial
/// property line in FlexBox.cs gets its storage, a builder method, is written to JSON in its place, parses back equal,
/// is named in the reader's error messages, appears in the schema description, and a malformed raw value in it is
/// reported at its path. The property (<c>testOnlyWidth</c>) can never be in the real schema, so this test never needs
/// rewriting when the model grows.
/// </summary>
public class NewPropertyTests
{
    private const string Declaration = """

            /// <summary><c>testOnlyWidth</c>: the widest the box may grow (<c>"120px"</c>, <c>"80%"</c>).</summary>
            [Setter] public partial FlexLength? TestOnlyWidth { get; init; }
        }

        """;

    private static Assembly _scratch = null!;

    [OneTimeSetUp]
    public void Compile_the_model_with_a_new_property_on_box()
    {
        var sources = ScratchCompilation.DslSources();
        var box = Path.Combine("Model", "FlexBox.cs");
        var end = sources[box].TrimEnd().LastIndexOf('}');
        Assert.That(end, Is.GreaterThan(0), "FlexBox.cs does not end with the record's closing brace");
        sources[box] = sources[box][..end].TrimEnd() + "\n" + Declaration;

        var compilation = ScratchCompilation.Compile(sources);

        Assert.That(compilation.Errors, Is.Empty);
        _scratch = compilation.Load();
    }

    [Test]
    public void It_is_kept_with_the_box_s_rarely_set_properties_not_in_a_field_of_its_own()
    {
        const BindingFlags instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        Assert.Multiple(() =>
        {
            Assert.That(Type("FlexBox").GetFields(instance).Length, Is.EqualTo(typeof(FlexBox).GetFields(instance).Length));
            Assert.That(Type("FlexBoxRare").GetProperty("TestOnlyWidth"), Is.Not.Null);
        });
    }

    [Test]
    public void The_builder_gets_a_method_that_sets_it()
    {
        var method = Type("BoxBuilder").GetMethod("TestOnlyWidth");

        Assert.Multiple(() =>
        {
            Assert.That(method, Is.Not.Null);
            Assert.That(method!.GetParameters().Single().ParameterType, Is.EqualTo(Type("FlexLength")));
            Assert.That(Property(BoxWithTestOnlyWidth("120px", raw: false), "TestOnlyWidth")?.ToString(), Is.EqualTo("120px"));
        });
    }

    [Test]
    public void It_is_written_to_json_in_declaration_order()
    {
        var json = Serialize(BoxWithTestOnlyWidth("120px", raw: false));

        Assert.That(json, Is.EqualTo("""{"type":"BOX","layout":"VERTICAL","contents":[],"width":"50%","testOnlyWidth":"120px"}"""));
    }

    [Test]
    public void It_parses_back_equal()
    {
        var box = BoxWithTestOnlyWidth("120px", raw: false);
        var json = Serialize(box);

        var parsed = Deserialize(json, "FlexComponent");

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.EqualTo(box));
            Assert.That(Property(parsed, "TestOnlyWidth")?.ToString(), Is.EqualTo("120px"));
        });
    }

    [Test]
    public void A_malformed_value_read_from_json_is_kept_raw_for_the_validator()
    {
        var parsed = Deserialize("""{"type":"BOX","layout":"VERTICAL","contents":[],"testOnlyWidth":"wide"}""", "FlexBox");

        Assert.That(Property(parsed, "TestOnlyWidth")?.ToString(), Is.EqualTo("wide"));
    }

    [Test]
    public void A_misspelt_name_is_answered_with_it()
    {
        var error = ParseError("""{"type":"BOX","layout":"VERTICAL","testOnlyWidht":"120px"}""");

        Assert.Multiple(() =>
        {
            Assert.That(Property(error, "Path"), Is.EqualTo("testOnlyWidht"));
            Assert.That(Property(error, "Problem"), Does.Contain("Did you mean 'testOnlyWidth'?"));
            Assert.That(Property(error, "Problem"), Does.Match("Expected one of: .*\\btestOnlyWidth\\b"));
        });
    }

    [Test]
    public void It_is_listed_among_a_box_s_properties_when_another_type_is_given_it()
    {
        var error = ParseError("""{"type":"SEPARATOR","testOnlyWidth":"120px"}""");
        var boxError = ParseError("""{"type":"BOX","layout":"VERTICAL","text":"hi"}""");

        Assert.Multiple(() =>
        {
            Assert.That(Property(error, "Problem"), Does.StartWith("A SEPARATOR has no property 'testOnlyWidth'."));
            Assert.That(Property(boxError, "Problem"), Does.Match("^A BOX has no property 'text'. Its properties are: .*\\btestOnlyWidth\\b"));
        });
    }

    [Test]
    public void It_appears_in_the_schema_description()
    {
        var node = Type("FlexSchema").GetMethod("Of", [typeof(Type)])!.Invoke(null, [Type("FlexBox")])!;
        var property = node.GetType().GetMethod("FindProperty")!.Invoke(node, ["testOnlyWidth"]);

        Assert.Multiple(() =>
        {
            Assert.That(property, Is.Not.Null);
            Assert.That(Property(property!, "BuilderMethod"), Is.EqualTo("TestOnlyWidth"));
            Assert.That(Property(property!, "Type"), Is.EqualTo(Type("FlexLength")));
            Assert.That(Property(property!, "AllowsPercent"), Is.True);
            Assert.That(Property(property!, "Summary"), Does.StartWith("testOnlyWidth: the widest"));
        });
    }

    [Test]
    public void A_malformed_raw_value_gives_a_finding_at_its_path()
    {
        var validator = Activator.CreateInstance(Type("FlexValidator"), [null])!;
        var validate = Type("FlexValidator").GetMethod("Validate", [Type("FlexComponent")])!;

        var report = validate.Invoke(validator, [BoxWithTestOnlyWidth("wide", raw: true)])!;
        var findings = ((IEnumerable)Property(report, "Findings")!).Cast<object>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(findings, Has.Count.EqualTo(1));
            Assert.That(Property(findings[0], "Path"), Is.EqualTo("testOnlyWidth"));
            Assert.That(Property(findings[0], "Code"), Is.EqualTo(FlexRules.LengthGrammar.Code));
        });
    }

    private static string Serialize(object node) =>
        (string)Type("FlexJson").GetMethod("Serialize", [typeof(object), typeof(bool)])!.Invoke(null, [node, false])!;

    /// <summary><c>FlexJson.Deserialize&lt;T&gt;(json)</c>, in the scratch assembly.</summary>
    private static object Deserialize(string json, string type)
    {
        var deserialize = Type("FlexJson").GetMethods()
            .Single(m => m.Name == "Deserialize" && m.GetParameters().Single().ParameterType == typeof(string))
            .MakeGenericMethod(Type(type));
        try
        {
            return deserialize.Invoke(null, [json])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static Exception ParseError(string json)
    {
        var error = Assert.Catch(() => Deserialize(json, "FlexComponent"));
        Assert.That(error!.GetType(), Is.EqualTo(Type("FlexJsonException")));
        return error;
    }

    /// <summary><c>Flex.Box(BoxLayout.Vertical, b => b.Width("50%").TestOnlyWidth(value))</c>, in the scratch assembly.</summary>
    private static object BoxWithTestOnlyWidth(string value, bool raw)
    {
        var builder = Type("BoxBuilder");
        var length = Type("FlexLength").GetMethod(raw ? "Raw" : "Parse", [typeof(string)])!.Invoke(null, [value]);
        var width = Type("FlexLength").GetMethod("Parse", [typeof(string)])!.Invoke(null, ["50%"]);
        var b = Expression.Parameter(builder, "b");
        var body = Expression.Call(
            Expression.Call(b, builder.GetMethod("Width")!, Expression.Constant(width)),
            builder.GetMethod("TestOnlyWidth")!,
            Expression.Constant(length));
        var configure = Expression.Lambda(typeof(Action<>).MakeGenericType(builder), body, b).Compile();
        var vertical = Enum.Parse(Type("BoxLayout"), "Vertical");
        return Type("Flex").GetMethod("Box")!.Invoke(null, [vertical, configure])!;
    }

    private static Type Type(string name) => _scratch.GetType("LineFlex." + name, throwOnError: true)!;

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
}
