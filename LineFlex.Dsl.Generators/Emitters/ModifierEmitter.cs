using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LineFlex.Generators;

/// <summary>One shared modifier: the capability member <c>IHasMargin.SetMargin(FlexSpacing margin)</c> gives <c>Margin&lt;T&gt;(this T builder, FlexSpacing margin)</c>.</summary>
internal sealed record Modifier(
    string Interface,
    string Name,
    string ParameterType,
    string ParameterName,
    bool IsReferenceType,
    EquatableArray<string> Documentation);

/// <summary>The modifiers to write into the partial <c>FlexModifiers</c>, and its namespace.</summary>
internal sealed record ModifierSet(string Namespace, EquatableArray<Modifier> Modifiers);

/// <summary>
/// The shared modifiers of <c>FlexModifiers</c>, one per member <c>Set{Name}</c> of a capability interface (a public
/// interface beside it with internal <c>Set</c> members, see Building/Capabilities.cs), documented by that member.
/// A modifier written by hand in <c>FlexModifiers</c> (one that checks its value, say) is left to it.
/// </summary>
internal static class ModifierEmitter
{
    private const string ModifiersType = "LineFlex.FlexModifiers";

    /// <summary>The modifiers to write, or null when <c>FlexModifiers</c> is not declared partial.</summary>
    public static ModifierSet? Read(Compilation compilation)
    {
        var modifiers = compilation.GetTypeByMetadataName(ModifiersType);
        if (modifiers is null || !modifiers.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(m => m.Text == "partial")))
        {
            return null;
        }

        var byHand = new HashSet<string>(modifiers.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name));
        var found = new List<(Location At, Modifier Modifier)>();
        foreach (var capability in modifiers.ContainingNamespace.GetTypeMembers().Where(t => t.TypeKind == TypeKind.Interface && t.DeclaredAccessibility == Accessibility.Public))
        {
            foreach (var member in capability.GetMembers().OfType<IMethodSymbol>())
            {
                if (member.DeclaredAccessibility != Accessibility.Internal || !member.ReturnsVoid || member.Parameters.Length != 1
                    || !member.Name.StartsWith("Set", StringComparison.Ordinal) || byHand.Contains(member.Name.Substring(3)))
                {
                    continue;
                }

                var parameter = member.Parameters[0];
                found.Add((member.Locations[0], new Modifier(
                    capability.Name,
                    member.Name.Substring(3),
                    parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    parameter.Name,
                    parameter.Type.IsReferenceType,
                    new EquatableArray<string>(Documentation(member)))));
            }
        }

        var ordered = found
            .OrderBy(f => f.At.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.At.SourceSpan.Start)
            .Select(f => f.Modifier);
        return new ModifierSet(modifiers.ContainingNamespace.ToDisplayString(), new EquatableArray<Modifier>(ordered));
    }

    public static string Emit(ModifierSet set)
    {
        var code = new CodeWriter("The shared modifiers, one per member of a capability interface.", "the capability interfaces (Building/Capabilities.cs)");
        code.Line($"namespace {set.Namespace};").Line();
        code.Open("public static partial class FlexModifiers");
        foreach (var modifier in set.Modifiers)
        {
            foreach (var line in modifier.Documentation)
            {
                code.Line("/// " + line);
            }

            code.Line($"public static T {modifier.Name}<T>(this T builder, {modifier.ParameterType} {modifier.ParameterName})");
            code.Line($"    where T : class, {modifier.Interface}");
            code.Line("{");
            code.Line("    global::System.ArgumentNullException.ThrowIfNull(builder);");
            if (modifier.IsReferenceType)
            {
                code.Line($"    global::System.ArgumentNullException.ThrowIfNull({modifier.ParameterName});");
            }

            code.Line($"    builder.Set{modifier.Name}({modifier.ParameterName});");
            code.Line("    return builder;");
            code.Line("}");
            code.Line();
        }

        code.TrimBlank();
        code.Close();
        return code.ToString();
    }

    /// <summary>The member's documentation comment as the lines of a <c>///</c> comment.</summary>
    private static IEnumerable<string> Documentation(IMethodSymbol member)
    {
        var xml = member.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return [];
        }

        try
        {
            return XElement.Parse(xml).Elements()
                .Select(e => e.ToString(SaveOptions.DisableFormatting))
                .SelectMany(e => e.Split(['\n'], StringSplitOptions.None))
                .Select(l => l.TrimEnd('\r').Trim())
                .ToList();
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }
}
