using LineFlex.Generators;
using Microsoft.CodeAnalysis;

namespace LineFlex.Tests.Generators;

/// <summary>What the generator writes for a tiny model of its own: one node, one builder, one typed value.</summary>
public class GeneratorOutputTests
{
    private const string Declarations = """
        namespace LineFlex;

        [AttributeUsage(AttributeTargets.Class)] internal sealed class FlexNodeAttribute : Attribute
        {
            public FlexNodeAttribute() { }
            public FlexNodeAttribute(object wireType) { }
            public Type? Builder { get; set; }
            public string? Noun { get; set; }
        }

        [AttributeUsage(AttributeTargets.Property)] internal sealed class WireAttribute : Attribute
        {
            public WireAttribute() { }
            public WireAttribute(string name) { }
            public bool Required { get; set; }
            public bool AlphaAllowed { get; set; }
        }

        [AttributeUsage(AttributeTargets.Property)] internal sealed class SharedAttribute(string group) : Attribute
        {
            public string Group { get; } = group;
        }

        [AttributeUsage(AttributeTargets.Property)] internal sealed class SetterAttribute : Attribute
        {
            public SetterAttribute() { }
            public SetterAttribute(string parameter) { }
        }

        internal interface IFlexValue
        {
            string Value { get; }
        }

        public readonly record struct Shade(string Value) : IFlexValue;

        public enum Mood { Happy, VerySad }

        public sealed class ValueList<T>;

        internal static partial class FlexJsonWriter;

        internal readonly partial struct NodeChecks<T>;

        public sealed partial class NoteBuilder;
        """;

    private const string Note = """
        namespace LineFlex;

        /// <summary>A note.</summary>
        [FlexNode("NOTE", Builder = typeof(NoteBuilder))]
        public sealed partial record Note
        {
            /// <summary><c>title</c> (required): what the note is about.</summary>
            [Wire(Required = true), Setter] public string? Title { get; init; }

            /// <summary>How many.</summary>
            [Wire("n")] public int? Count { get; init; }

            /// <summary><c>mood</c>.</summary>
            [Setter("feeling")] public Mood? Mood { get; init; }

            /// <summary><c>shade</c>.</summary>
            public Shade? Shade { get; init; }

            /// <summary><c>moods</c>.</summary>
            public ValueList<Mood>? Moods { get; init; }
        }
        """;

    private static ScratchCompilation Generate(string note = Note, string more = "") =>
        ScratchCompilation.Compile(new Dictionary<string, string> { ["Declarations.cs"] = Declarations, ["Note.cs"] = note, ["More.cs"] = "namespace LineFlex;\n" + more });

    [Test]
    public void The_writer_writes_the_wire_type_first_then_each_property_in_declaration_order()
    {
        var writer = Generate().Generated("FlexJsonWriter.g.cs");

        Assert.That(
            writer,
            Does.Contain("""
                        w.WriteStartObject();
                        Word(w, "type", "NOTE");
                        Str(w, "title", node.Title);
                        Int(w, "n", node.Count);
                        Enum(w, "mood", node.Mood);
                        Str(w, "shade", node.Shade?.Value);
                        if (node.Moods is { } moods)
                """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_node_whose_list_holds_its_own_kind_checks_the_depth_before_writing_one_nested()
    {
        var nesting = Note.Replace(
            "public ValueList<Mood>? Moods { get; init; }",
            "public ValueList<Mood>? Moods { get; init; }\n\n    /// <summary><c>replies</c>.</summary>\n    public ValueList<Note>? Replies { get; init; }",
            StringComparison.Ordinal);

        var writer = Generate(nesting).Generated("FlexJsonWriter.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(writer, Does.Contain("private static void Write(JsonWriter w, Note node) => Write(w, node, level: 1);"));
            Assert.That(writer, Does.Contain("""
                                var item = NotNull(w, replies[i], i);
                                if (item is Note nested)
                                {
                                    // Checked before going deeper: a tree of records can nest deep enough to overflow the stack.
                                    EnsureRoomBelow(w, i, level);
                                    Write(w, nested, level + 1);
                                }
                """.ReplaceLineEndings("\n")));
            Assert.That(Generate().Generated("FlexJsonWriter.g.cs"), Does.Not.Contain("level"));
        });
    }

    [Test]
    public void The_reader_reads_each_property_by_its_kind_and_names_the_legal_ones()
    {
        var reader = Generate(Note, "internal sealed partial class FlexJsonReader;").Generated("FlexJsonReader.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(reader, Does.Contain("[typeof(Note)] = static r => r.ReadNote(),"));
            Assert.That(reader, Does.Contain("public const string Note = \"a NOTE\";"));
            Assert.That(reader, Does.Contain("private static readonly string[] NoteNames = [\"type\", \"title\", \"n\", \"mood\", \"shade\", \"moods\"];"));
            Assert.That(reader, Does.Contain("private static readonly sbyte[] NoteIndexes = IndexByWord(NoteNames);"));
            Assert.That(reader, Does.Contain("""
                            switch (IndexOf(NoteIndexes, word))
                            {
                                case 0: ReadFixedType(Note.WireType, Noun.Note); break; // type
                                case 1: title = ReadString(); break; // title
                                case 2: count = ReadInt(); break; // n
                                case 3: mood = ReadEnum<Mood>(); break; // mood
                                case 4: shade = ReadRaw<Shade>(); break; // shade
                                case 5: moods = ReadWords<Mood>(); break; // moods
                                default: UnknownProperty(name, Noun.Note, NoteNames); break;
                            }
                """.ReplaceLineEndings("\n")));
        });
    }

    [Test]
    public void A_node_is_called_by_its_noun_in_the_reader_s_messages()
    {
        var reader = Generate(Note.Replace("Builder = typeof(NoteBuilder))", "Builder = typeof(NoteBuilder), Noun = \"a sticky note\")", StringComparison.Ordinal), "internal sealed partial class FlexJsonReader;")
            .Generated("FlexJsonReader.g.cs");

        Assert.That(reader, Does.Contain("public const string Note = \"a sticky note\";"));
    }

    [Test]
    public void A_list_the_reader_cannot_read_stops_the_build_naming_the_property()
    {
        var strings = Note.Replace("public ValueList<Mood>? Moods", "public ValueList<string>? Moods", StringComparison.Ordinal);

        var reader = Generate(strings, "internal sealed partial class FlexJsonReader;").Generated("FlexJsonReader.g.cs");

        Assert.That(reader, Does.Contain("#error The reader reads lists of records and of enums only; 'moods' is a list of string."));
    }

    [Test]
    public void A_property_marked_setter_gets_a_builder_method_and_every_property_a_field()
    {
        var builder = Generate().Generated("NoteBuilder.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(builder, Does.Contain("""
                    /// <summary>Sets <c>title</c> (required): what the note is about.</summary>
                    public NoteBuilder Title(string title)
                    {
                        ArgumentNullException.ThrowIfNull(title);
                        _title = title;
                        return this;
                    }
                """.ReplaceLineEndings("\n")));
            Assert.That(builder, Does.Contain("public NoteBuilder Mood(Mood feeling)"));
            Assert.That(builder, Does.Contain("private int? _count;"));
            Assert.That(builder, Does.Contain("private BuilderList<Mood> _moods;"));
            Assert.That(builder, Does.Not.Contain("public NoteBuilder Count("));
            Assert.That(builder, Does.Contain("Moods = _moods.ToValueListOrNull(),"));
        });
    }

    [Test]
    public void The_checks_cover_every_enum_typed_value_and_enum_list()
    {
        var checks = Generate().Generated("NodeChecks.g.cs");

        Assert.That(checks, Does.Contain("""
                public void WellFormed(Note node)
                {
                    Defined("mood", node.Mood);
                    WellFormed("shade", node.Shade);
                    DefinedItems("moods", node.Moods);
                }
            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_string_wire_type_gives_a_constant_and_only_declared_partials_are_filled()
    {
        var run = Generate();

        Assert.Multiple(() =>
        {
            Assert.That(run.Generated("Note.g.cs"), Does.Contain("public const string WireType = \"NOTE\";"));
            Assert.That(ScratchCompilation.Hints(run.Run), Is.EquivalentTo(new[] { "Note.g.cs", "FlexJsonWriter.g.cs", "NodeChecks.g.cs", "NoteBuilder.g.cs" }));
        });
    }

    [Test]
    public void Each_capability_member_gives_a_documented_modifier_unless_one_is_written_by_hand()
    {
        const string Capabilities = """
            public interface IHasShade
            {
                /// <summary>Sets <c>shade</c>.</summary>
                internal void SetShade(Shade shade);

                /// <summary>Sets <c>loud</c>, checked by hand.</summary>
                internal void SetLoud(int loud);
            }

            public interface IHasNote
            {
                /// <summary>Sets <c>note</c>.</summary>
                internal void SetNote(Note note);
            }

            public static partial class FlexModifiers
            {
                public static T Loud<T>(this T builder, int loud)
                    where T : class, IHasShade => builder;
            }
            """;

        var run = Generate(more: Capabilities);
        var modifiers = run.Generated("FlexModifiers.g.cs");

        Assert.Multiple(() =>
        {
            // The tiny model is not a whole library; only what the modifiers need must compile.
            Assert.That(run.Errors.Where(e => e.Location.SourceTree?.FilePath.EndsWith("FlexModifiers.g.cs", StringComparison.Ordinal) == true), Is.Empty);
            Assert.That(modifiers, Does.Contain("""
                    /// <summary>Sets <c>shade</c>.</summary>
                    public static T Shade<T>(this T builder, global::LineFlex.Shade shade)
                        where T : class, IHasShade
                    {
                        global::System.ArgumentNullException.ThrowIfNull(builder);
                        builder.SetShade(shade);
                        return builder;
                    }
                """.ReplaceLineEndings("\n")));
            Assert.That(modifiers, Does.Contain("""
                        global::System.ArgumentNullException.ThrowIfNull(note);
                        builder.SetNote(note);
                """.ReplaceLineEndings("\n")));
            Assert.That(modifiers, Does.Not.Contain(" Loud<T>"));
        });
    }

    [Test]
    public void A_property_the_wire_cannot_hold_is_an_error_at_the_property()
    {
        var run = Generate(Note.Replace("public Shade? Shade { get; init; }", "public double? Shade { get; init; }", StringComparison.Ordinal));

        var error = run.Run.Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(error.Id, Is.EqualTo("LFG001"));
            Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("Note.Shade is of type double?"));
            Assert.That(error.Location.GetLineSpan().Path, Is.EqualTo("Note.cs"));
        });
    }

    [Test]
    public void A_partial_property_is_kept_in_a_record_of_rare_properties_with_accessors_written_for_it()
    {
        var run = Generate(Note
            .Replace("public Shade? Shade { get; init; }", "public partial Shade? Shade { get; init; }", StringComparison.Ordinal)
            .Replace("public ValueList<Mood>? Moods { get; init; }", "[Shared(\"Looks\")] public partial ValueList<Mood>? Moods { get; init; }", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(run.Run.Diagnostics, Is.Empty);
            Assert.That(run.Errors.Where(e => e.Location.GetLineSpan().Path.Contains("Rare", StringComparison.Ordinal)), Is.Empty);
            Assert.That(run.Generated("Note.Rare.g.cs"), Does.Contain("private NoteRare _noteRare = NoteRare.None;"));
            Assert.That(run.Generated("Note.Rare.g.cs"), Does.Contain("private Looks _looks = Looks.None;"));
            Assert.That(run.Generated("Note.Rare.g.cs"), Does.Contain("public partial global::LineFlex.Shade? Shade { get => _noteRare.Shade; "));
            Assert.That(run.Generated("RareProperties.g.cs"), Does.Contain("internal sealed record NoteRare"));
            Assert.That(run.Generated("RareProperties.g.cs"), Does.Contain("public global::LineFlex.ValueList<global::LineFlex.Mood>? Moods { get; init; }"));
        });
    }

    [Test]
    public void A_builder_builds_a_node_without_its_rare_properties_while_none_is_set()
    {
        var builder = Generate(Note.Replace("public Shade? Shade { get; init; }", "[Setter] public partial Shade? Shade { get; init; }", StringComparison.Ordinal))
            .Generated("NoteBuilder.g.cs");

        Assert.That(builder, Does.Contain("""
                    if (_noteRare is null)
                    {
                        return new()
                        {
                            Title = _title,
                            Count = _count,
                            Mood = _mood,
                            Moods = _moods.ToValueListOrNull(),
                        };
                    }
            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_builder_keeps_a_nodes_rare_properties_in_their_record_instead_of_a_field_each()
    {
        var builder = Generate(Note.Replace("public Shade? Shade { get; init; }", "[Setter] public partial Shade? Shade { get; init; }", StringComparison.Ordinal))
            .Generated("NoteBuilder.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(builder, Does.Contain("private NoteRare? _noteRare;"));
            Assert.That(builder, Does.Not.Contain("_shade"));
            Assert.That(builder, Does.Contain("_noteRare = (_noteRare ?? NoteRare.None) with { Shade = shade };"));
            Assert.That(builder, Does.Contain("Shade = _noteRare?.Shade,"));
        });
    }

    [Test]
    public void A_rare_property_no_generated_setter_sets_keeps_a_field_for_the_builders_own_code()
    {
        var builder = Generate(Note.Replace("public Shade? Shade { get; init; }", "public partial Shade? Shade { get; init; }", StringComparison.Ordinal))
            .Generated("NoteBuilder.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(builder, Does.Contain("private Shade? _shade;"));
            Assert.That(builder, Does.Not.Contain("_noteRare"));
            Assert.That(builder, Does.Contain("if (_shade is null)"));
        });
    }

    [Test]
    public void A_shared_property_that_is_not_partial_is_an_error_at_the_property()
    {
        var run = Generate(Note.Replace("public Shade? Shade { get; init; }", "[Shared(\"Looks\")] public Shade? Shade { get; init; }", StringComparison.Ordinal));

        var error = run.Run.Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(error.Id, Is.EqualTo("LFG003"));
            Assert.That(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("Note.Shade is [Shared] but not partial"));
            Assert.That(error.Location.GetLineSpan().Path, Is.EqualTo("Note.cs"));
        });
    }

    private const string PropertiesOf = """
        [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)] internal sealed class PropertiesOfAttribute(Type declaredBy) : Attribute
        {
            public Type DeclaredBy { get; } = declaredBy;
            public string? After { get; set; }
        }

        internal interface IHasLooks
        {
            /// <summary><c>tint</c>: declared once.</summary>
            [Shared("Looks")] Shade? Tint { get; }

            /// <summary><c>glow</c>.</summary>
            int? Glow { get; }
        }
        """;

    [Test]
    public void An_interface_s_properties_are_declared_in_each_node_that_names_it_at_the_place_it_says()
    {
        var run = Generate(
            Note.Replace("public sealed partial record Note", "[PropertiesOf(typeof(IHasLooks), After = nameof(Count))]\npublic sealed partial record Note : IHasLooks", StringComparison.Ordinal),
            PropertiesOf);
        var storage = run.Generated("Note.Rare.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(run.Run.Diagnostics, Is.Empty);
            Assert.That(run.Errors.Where(e => e.Location.GetLineSpan().Path.Contains("Rare", StringComparison.Ordinal)), Is.Empty);
            Assert.That(run.Generated("FlexJsonWriter.g.cs"), Does.Contain("""
                        Int(w, "n", node.Count);
                        Str(w, "tint", node.Tint?.Value);
                        Int(w, "glow", node.Glow);
                        Enum(w, "mood", node.Mood);
                """.ReplaceLineEndings("\n")));
            Assert.That(storage, Does.Contain("""
                    /// <summary><c>tint</c>: declared once.</summary>
                    public global::LineFlex.Shade? Tint { get => _looks.Tint; 
                """.ReplaceLineEndings("\n").TrimEnd('\n')));
            Assert.That(storage, Does.Contain("public int? Glow { get; init; }"));
        });
    }

    [Test]
    public void Properties_of_an_interface_after_a_property_the_node_lacks_are_an_error_at_the_node()
    {
        var run = Generate(
            Note.Replace("public sealed partial record Note", "[PropertiesOf(typeof(IHasLooks), After = \"Colour\")]\npublic sealed partial record Note : IHasLooks", StringComparison.Ordinal),
            PropertiesOf);

        var error = run.Run.Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(error.Id, Is.EqualTo("LFG004"));
            Assert.That(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("Note takes the properties of IHasLooks after Colour, but has no property Colour."));
            Assert.That(error.Location.GetLineSpan().Path, Is.EqualTo("Note.cs"));
        });
    }

    [TestCase("md", "Md")]
    [TestCase("3xl", "ThreeXl")]
    [TestCase("semi-bold", "SemiBold")]
    public void A_keyword_gets_a_member_name(string keyword, string member) =>
        Assert.That(Words.KeywordMember(keyword), Is.EqualTo(member));

    [Test]
    public void The_generator_spells_every_enum_word_as_the_runtime_does()
    {
        var enums = typeof(Flex).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == "LineFlex" && t != typeof(FlexValueKind) && t != typeof(FindingSeverity));

        Assert.Multiple(() =>
        {
            foreach (var type in enums)
            {
                var runtime = (IReadOnlyList<string>)typeof(WireEnum<>).MakeGenericType(type).GetProperty("Words")!.GetValue(null)!;

                Assert.That(Enum.GetNames(type).Select(Words.WireWord), Is.EqualTo(runtime), type.Name);
            }
        });
    }
}
