using System.Reflection;

namespace LineFlex.Tests.Schema;

/// <summary>The schema description names every record of the model, every property in wire order, and builder methods that exist.</summary>
public class FlexSchemaTests
{
    private static readonly Assembly Dsl = typeof(Flex).Assembly;

    [Test]
    public void Every_record_of_the_model_is_a_node_of_the_schema()
    {
        var records = Dsl.GetExportedTypes()
            .Where(t => t.IsClass && t.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null)
            .Except([typeof(FlexFinding), typeof(FlexRule), typeof(LocatedFinding), typeof(LineImportOptions), typeof(FlexCodeOptions), typeof(FlexSizeReport), typeof(FlexSizePart), typeof(FlexSample<>),
                typeof(ApprovedSlot), typeof(ApprovalWarning), typeof(ConformanceDifference), typeof(ConformanceResult), typeof(FlexTemplateOrigin)])
            .ToList();

        Assert.That(FlexSchema.Nodes.Select(n => n.Type), Is.EquivalentTo(records));
    }

    [Test]
    public void Every_node_lists_its_init_properties_in_declaration_order()
    {
        Assert.Multiple(() =>
        {
            foreach (var node in FlexSchema.Nodes)
            {
                var declared = InitProperties(node.Type).Select(p => p.Name);

                Assert.That(node.Properties.Select(p => p.Name), Is.EqualTo(declared), node.Name);
            }
        });
    }

    [Test]
    public void A_wire_name_is_the_property_name_in_camel_case_unless_declared_otherwise()
    {
        var box = FlexSchema.Of<FlexBox>();

        Assert.Multiple(() =>
        {
            Assert.That(box.FindProperty("paddingTop")!.Name, Is.EqualTo(nameof(FlexBox.PaddingTop)));
            Assert.That(box.WireType, Is.EqualTo("BOX"));
            Assert.That(box.BaseType, Is.EqualTo(typeof(FlexComponent)));
            Assert.That(box.Builder, Is.EqualTo(typeof(BoxBuilder)));
        });
    }

    [Test]
    public void A_polymorphic_base_lists_its_subtypes_by_wire_type()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FlexSchema.Of<FlexComponent>().Subtypes.Select(n => n.WireType), Is.EquivalentTo(new[] { "BOX", "TEXT", "SPAN", "IMAGE", "ICON", "BUTTON", "SEPARATOR" }));
            Assert.That(FlexSchema.Of<FlexAction>().Subtypes.Select(n => n.WireType), Is.EquivalentTo(new[] { "URI", "POSTBACK" }));
            Assert.That(FlexSchema.Of<UriAction>().Properties.Select(p => p.WireName), Is.EqualTo(new[] { "label", "uri", "altUri" }));
        });
    }

    [Test]
    public void A_property_lists_the_words_it_takes()
    {
        var box = FlexSchema.Of<FlexBox>();
        var image = FlexSchema.Of<FlexImage>();

        Assert.Multiple(() =>
        {
            Assert.That(box.FindProperty("spacing")!.Keywords, Is.EqualTo(new[] { "none", "xs", "sm", "md", "lg", "xl", "xxl" }));
            Assert.That(box.FindProperty("width")!.Keywords, Is.Empty);
            Assert.That(box.FindProperty("width")!.AllowsPercent, Is.True);
            Assert.That(image.FindProperty("size")!.Keywords, Does.Contain("full"));
            Assert.That(box.FindProperty("layout")!.Keywords, Is.EqualTo(new[] { "HORIZONTAL", "VERTICAL", "BASELINE" }));
            Assert.That(box.FindProperty("backgroundColor")!.Format, Does.Contain("#RRGGBB"));
            Assert.That(FlexSchema.Of<DeliveryTimeWindow>().FindProperty("days")!.Keywords, Does.Contain("SUNDAY"));
        });
    }

    [Test]
    public void Every_builder_method_the_schema_names_exists_on_the_builder_or_as_a_shared_modifier()
    {
        Assert.Multiple(() =>
        {
            foreach (var node in FlexSchema.Nodes.Where(n => n.Builder is not null))
            {
                foreach (var property in node.Properties.Where(p => p.BuilderMethod is not null))
                {
                    var own = node.Builder!.GetMethods().Any(m => m.Name == property.BuilderMethod);
                    var shared = typeof(FlexModifiers).GetMethods().Any(m => m.Name == property.BuilderMethod
                        && m.GetGenericArguments().Single().GetGenericParameterConstraints().Any(c => c.IsAssignableFrom(node.Builder)));

                    Assert.That(own || shared, Is.True, $"{node.Builder.Name}.{property.BuilderMethod} for {node.Name}.{property.Name}");
                }
            }
        });
    }

    [Test]
    public void A_type_that_is_not_a_node_gets_a_teaching_error()
    {
        var error = Assert.Throws<ArgumentException>(() => FlexSchema.Of(typeof(string)))!;

        Assert.That(error.Message, Does.Contain("String is not a node of LineFlex's model"));
    }

    internal static IEnumerable<PropertyInfo> InitProperties(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        return chain.SelectMany(WireOrder);
    }

    /// <summary>A record's own init properties as declared, those an interface gives it (<c>[PropertiesOf]</c>) where it says, in the interface's order.</summary>
    private static List<PropertyInfo> WireOrder(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is not null)
            .OrderBy(p => p.MetadataToken)
            .ToList();
        foreach (var given in type.GetCustomAttributes<PropertiesOfAttribute>(inherit: false))
        {
            var names = given.DeclaredBy.GetProperties().OrderBy(p => p.MetadataToken).Select(p => p.Name).ToList();
            var included = properties.Where(p => names.Contains(p.Name)).OrderBy(p => names.IndexOf(p.Name)).ToList();
            properties.RemoveAll(included.Contains);
            properties.InsertRange(properties.FindIndex(p => p.Name == given.After) + 1, included);
        }

        return properties;
    }
}
