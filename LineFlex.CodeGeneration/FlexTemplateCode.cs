using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Writes a <see cref="FlexTemplate{TModel}"/> from a design: a file with the template class, a model record whose
/// properties are the design's texts and URIs that vary, and the designs as its samples. Compiled, each sample builds
/// its design exactly.
/// </summary>
/// <remarks>
/// Which texts and URIs become properties: given several files of one design, those whose values differ between the
/// files; given one file, those that hold a digit (order numbers, amounts, dates, links with ids), while titles and
/// labels stay fixed. A text that holds another property's value between the same words in every sample becomes an
/// interpolated string around it (<c>$"Order {model.Order} shipped"</c>). A property is named after its row's label or its button when those are in ASCII words
/// (<c>TrackingNo</c>, <c>TrackPackageUri</c>), else after its kind (<c>Text</c>, <c>Uri</c>). See docs/templates.md,
/// section "From a design to a template".
/// </remarks>
public static class FlexTemplateCode
{
    private const int LineWidth = 100;

    /// <summary>The C# file of a template made from <paramref name="samples"/>, one design in one or several files.</summary>
    /// <param name="samples">The design's files, each a sample of the template; all hold the same kind of tree.</param>
    /// <param name="options">The names of the class and its namespace; the alt text of bare bubbles.</param>
    /// <exception cref="ArgumentException">
    /// There are no samples, or a sample's name is not lowercase words joined by hyphens or is given twice; the samples
    /// hold different kinds of tree, or differ in more than their texts and URIs (the message names the first path);
    /// bare bubbles have no alt text, or designs with their own are given one; or a name is not one C# can use.
    /// </exception>
    public static string Generate(IReadOnlyList<FlexTemplateSample> samples, FlexTemplateCodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(options);
        var className = FlexCode.Identifier(options.ClassName, nameof(options.ClassName));
        var modelName = FlexCode.Identifier(className + "Model", nameof(options.ClassName));
        var ns = string.Join('.', (options.Namespace ?? string.Empty).Split('.').Select(part => FlexCode.Identifier(part, nameof(options.Namespace))));
        CheckSamples(samples, options);

        var trees = samples.Select(s => JToken.Parse(FlexJson.Serialize(s.Design))).ToList();
        var slots = DesignSlots.Find(trees, [.. samples.Select(s => s.Label)]);
        List<DesignSlot> chosen = [.. slots.Where(slot => samples.Count > 1 ? slot.Differs : slot.Values[0].Any(char.IsDigit))];
        var patterns = Patterns(chosen);

        // One property per distinct run of values: an order number shown twice is one property. A pattern's text is
        // written around the property it holds and is no property of its own.
        var names = new ModelPropertyNames(modelName);
        var properties = new List<(string Name, DesignSlot Slot)>();
        var byValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in chosen.Where(s => !patterns.ContainsKey(s)))
        {
            var key = Key(slot);
            if (!byValues.ContainsKey(key))
            {
                var name = names.For(slot);
                byValues.Add(key, name);
                properties.Add((name, slot));
            }
        }

        // The first sample's tree carries a marker where each property goes (after naming, which reads the neighbours'
        // texts); the builder code is written from it.
        var markers = new Dictionary<string, CSharpCode>(StringComparer.Ordinal);
        foreach (var slot in chosen)
        {
            var marker = $"\uE000{markers.Count.ToString(CultureInfo.InvariantCulture)}\uE001";
            markers.Add(marker, patterns.TryGetValue(slot, out var pattern)
                ? Interpolated(pattern.Prefix, byValues[Key(pattern.Inner)], pattern.Suffix)
                : new Atom("model." + byValues[Key(slot)]));
            slot.Tokens[0].Value = marker;
        }

        var marked = Read(trees[0].ToString(Newtonsoft.Json.Formatting.None), samples[0].Design.GetType());
        var compose = FlexCodeEmitter.Substitute(Composition(Message(marked, options.AltText)), str =>
            markers.TryGetValue(str.Value, out var code) ? code : str);

        return File(ns, className, modelName, TemplateName(className), samples, properties, CSharpRenderer.Render(compose, 2));
    }

    private static string Key(DesignSlot slot) => string.Join('\0', slot.Values);

    /// <summary>
    /// The slots whose text, in every sample, is another slot's value between the same words (<c>Order US-10293
    /// shipped</c> around <c>US-10293</c>): each is written as an interpolated string around that slot's property.
    /// </summary>
    private static Dictionary<DesignSlot, (DesignSlot Inner, string Prefix, string Suffix)> Patterns(List<DesignSlot> chosen)
    {
        const int ShortestInner = 3;
        var patterns = new Dictionary<DesignSlot, (DesignSlot Inner, string Prefix, string Suffix)>();
        static int Length(DesignSlot slot) => slot.Values.Sum(v => v.Length);
        foreach (var outer in chosen.OrderBy(Length))
        {
            foreach (var inner in chosen.Where(i => Length(i) < Length(outer) && !patterns.ContainsKey(i)).OrderByDescending(Length))
            {
                string? prefix = null, suffix = null;
                for (var i = 0; i < outer.Values.Count; i++)
                {
                    var value = inner.Values[i];
                    var at = value.Length < ShortestInner ? -1 : outer.Values[i].IndexOf(value, StringComparison.Ordinal);
                    if (at < 0 || outer.Values[i].IndexOf(value, at + 1, StringComparison.Ordinal) >= 0
                        || (prefix is not null && (outer.Values[i][..at] != prefix || outer.Values[i][(at + value.Length)..] != suffix)))
                    {
                        prefix = null;
                        break;
                    }

                    (prefix, suffix) = (outer.Values[i][..at], outer.Values[i][(at + value.Length)..]);
                }

                if (prefix is not null)
                {
                    patterns.Add(outer, (inner, prefix, suffix!));
                    break;
                }
            }
        }

        return patterns;
    }

    /// <summary><c>$"Order {model.Order} shipped"</c>.</summary>
    private static Atom Interpolated(string prefix, string property, string suffix)
    {
        static string Part(string text) => CSharpLiterals.String(text)[1..^1].Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        return new Atom("$\"" + Part(prefix) + "{model." + property + "}" + Part(suffix) + "\"");
    }

    private static void CheckSamples(IReadOnlyList<FlexTemplateSample> samples, FlexTemplateCodeOptions options)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("There are no designs; give at least one file of the design.", nameof(samples));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            ArgumentNullException.ThrowIfNull(sample, nameof(samples));
            if (!FlexTemplate<object>.IsStableName(sample.Name) || !names.Add(sample.Name))
            {
                throw new ArgumentException(
                    $"{sample.Label} is named \"{FlexLimits.Excerpt(sample.Name ?? "null")}\" twice or in a way a file name cannot carry. Name each sample once, in lowercase words joined by hyphens (th, en, 30-items).",
                    nameof(samples));
            }

            if (sample.Design is not (FlexBubble or LineNotificationContent or LineMessage))
            {
                throw new ArgumentException($"{sample.Label} holds a {sample.Design?.GetType().Name ?? "null"}; a design is a FlexBubble, a LineNotificationContent or a LineMessage.", nameof(samples));
            }

            if (sample.Design.GetType() != samples[0].Design.GetType())
            {
                throw new ArgumentException(
                    $"{sample.Label} holds a {Kind(sample.Design)} and {samples[0].Label} a {Kind(samples[0].Design)}; the files of one design hold the same kind of tree.", nameof(samples));
            }
        }

        if (samples[0].Design is FlexBubble && options.AltText is null)
        {
            throw new ArgumentException("A bubble has no alt text, and the template's message needs one; give the fixed alt text in AltText, or use files that carry their own (a content or a message).", nameof(options));
        }

        if (samples[0].Design is not FlexBubble && options.AltText is not null)
        {
            throw new ArgumentException($"{samples[0].Label} holds a {Kind(samples[0].Design)}, which carries its own alt text; leave AltText out.", nameof(options));
        }
    }

    private static string Kind(object design) => design switch
    {
        FlexBubble => "bubble",
        LineNotificationContent => "content",
        _ => "message",
    };

    private static object Read(string json, Type type) =>
        type == typeof(FlexBubble) ? FlexJson.Deserialize<FlexBubble>(json)
        : type == typeof(LineNotificationContent) ? FlexJson.Deserialize<LineNotificationContent>(json)
        : FlexJson.Deserialize<LineMessage>(json);

    /// <summary>The part of the message a template owns: alt text, bubble, options; the sender and destinations are the caller's.</summary>
    private static LineMessage Message(object design, string? altText) => design switch
    {
        FlexBubble bubble => new LineMessage { Destinations = ValueList<LineDestination>.Empty, Content = new LineNotificationContent { AltText = altText, Contents = bubble } },
        LineNotificationContent content => new LineMessage { Destinations = ValueList<LineDestination>.Empty, Content = content },
        _ => (LineMessage)design with { Sender = null, Destinations = ValueList<LineDestination>.Empty },
    };

    /// <summary>The chain on the template's <c>message</c> parameter: <c>message.AltText(...).Bubble(...)</c>.</summary>
    private static CSharpCode Composition(LineMessage message)
    {
        if (new FlexCodeEmitter(loops: false).Expression(message) is not Invocation { Name: "Build", Target: { } chain })
        {
            throw new ArgumentException("The message's options are ones MessageBuilder cannot set exactly (an incomplete validity period, delivery window or SMS failover); give the design as a content or a bubble.", nameof(message));
        }

        return OnParameter(chain);
    }

    private static CSharpCode OnParameter(CSharpCode chain) => chain switch
    {
        Invocation { Target: null, Name: "Flex.Message" } => new Atom("message"),
        Invocation { Target: { } target } call => call with { Target = OnParameter(target) },
        _ => chain,
    };

    /// <summary><c>OrderShipped</c> gives <c>order-shipped</c>: the registry's stable name.</summary>
    private static string TemplateName(string className)
    {
        var name = new StringBuilder();
        for (var i = 0; i < className.Length; i++)
        {
            var c = className[i];
            var wordStarts = char.IsUpper(c) && i > 0 && (!char.IsUpper(className[i - 1]) || (i + 1 < className.Length && char.IsLower(className[i + 1])));
            if ((wordStarts || c == '_') && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
        }

        var stable = name.ToString().Trim('-');
        return FlexTemplate<object>.IsStableName(stable) ? stable : "template";
    }

    private static string File(
        string ns, string className, string modelName, string templateName, IReadOnlyList<FlexTemplateSample> samples, List<(string Name, DesignSlot Slot)> properties, string compose)
    {
        var sources = string.Join(", ", samples.Select(s => s.Source ?? s.Name));
        var code = new StringBuilder();
        code.Append(compose.Contains("DateTimeOffset", StringComparison.Ordinal) ? "using System;\n" : string.Empty)
            .Append("using System.Collections.Generic;\nusing LineFlex;\n\nnamespace ").Append(ns).Append(";\n\n")
            .Append("/// <summary>The data of one ").Append(templateName).Append(" message: the texts and URIs of the design that vary.</summary>\n");
        foreach (var (name, slot) in properties)
        {
            code.Append("/// <param name=\"").Append(name).Append("\">").Append(Xml(slot.Path)).Append(", such as ").Append(Xml(Quote(slot.Values[0]))).Append(".</param>\n");
        }

        code.Append("public sealed record ").Append(modelName).Append('(').AppendJoin(", ", properties.Select(p => "string " + p.Name)).Append(");\n\n")
            .Append("/// <summary>Made by lineflex codegen from ").Append(Xml(sources)).Append(".</summary>\n")
            .Append("public sealed class ").Append(className).Append(" : FlexTemplate<").Append(modelName).Append(">\n{\n")
            .Append("    /// <inheritdoc/>\n    public override string Name => ").Append(CSharpLiterals.String(templateName)).Append(";\n\n")
            .Append("    /// <inheritdoc/>\n    public override string Description => ").Append(CSharpLiterals.String($"Made from {sources}: say here what it tells its reader.")).Append(";\n\n")
            .Append("    /// <inheritdoc/>\n    public override IEnumerable<FlexSample<").Append(modelName).Append(">> Samples =>\n    [\n");
        for (var i = 0; i < samples.Count; i++)
        {
            var index = i;
            var arguments = properties.Select(p => p.Name + ": " + CSharpLiterals.String(p.Slot.Values[index])).ToList();
            var inline = $"        new({CSharpLiterals.String(samples[i].Name)}, new {modelName}({string.Join(", ", arguments)})),";
            if (inline.Length <= LineWidth || arguments.Count == 0)
            {
                code.Append(inline).Append('\n');
            }
            else
            {
                code.Append("        new(").Append(CSharpLiterals.String(samples[i].Name)).Append(", new ").Append(modelName).Append("(\n")
                    .AppendJoin(",\n", arguments.Select(a => "            " + a)).Append(")),\n");
            }
        }

        return code.Append("    ];\n\n")
            .Append("    /// <inheritdoc/>\n    protected override void Compose(MessageBuilder message, ").Append(modelName).Append(" model) =>\n")
            .Append("        ").Append(compose).Append(";\n}\n")
            .ToString();
    }

    private static string Quote(string value) => CSharpLiterals.String(FlexLimits.Excerpt(value));

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
