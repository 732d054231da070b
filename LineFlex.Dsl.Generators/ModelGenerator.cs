using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LineFlex.Generators;

/// <summary>
/// Generates, from the model's <c>[FlexNode]</c> records and <c>[Grammar]</c> values: each node's wire type member,
/// the JSON writer and reader, the builders' state and plain setters, the shared modifiers, the well-formedness checks, the nesting rule, the visitors, the value
/// keywords and the schema description. See docs/architecture.md.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var nodes = context.SyntaxProvider.ForAttributeWithMetadataName(
            ModelReader.NodeAttribute,
            static (syntax, _) => syntax is RecordDeclarationSyntax,
            static (attributed, _) => ModelReader.ReadNode((INamedTypeSymbol)attributed.TargetSymbol));

        var grammars = context.SyntaxProvider.ForAttributeWithMetadataName(
            ModelReader.GrammarAttribute,
            static (syntax, _) => syntax is RecordDeclarationSyntax,
            static (attributed, _) => ModelReader.ReadGrammar((INamedTypeSymbol)attributed.TargetSymbol));

        context.RegisterSourceOutput(nodes, static (output, read) =>
        {
            foreach (var problem in read.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(Descriptor(problem.Id), problem.Location, problem.Message));
            }

            if (read.Node is { } node && NodeEmitter.Emit(node) is { } source)
            {
                output.AddSource(node.Name + ".g.cs", source);
            }
        });

        context.RegisterSourceOutput(nodes.Select(static (read, _) => read.Node).Where(static node => node is not null).Collect(), static (output, read) =>
        {
            var all = read.Select(n => n!).ToImmutableArray();
            foreach (var (file, source) in RareStorageEmitter.EmitNodes(all))
            {
                output.AddSource(file, source);
            }

            if (RareStorageEmitter.EmitGroups(all) is { } groups)
            {
                output.AddSource("RareProperties.g.cs", groups);
            }
        });

        var modifiers = context.CompilationProvider.Select(static (compilation, _) => ModifierEmitter.Read(compilation));
        context.RegisterSourceOutput(modifiers, static (output, set) =>
        {
            if (set is not null)
            {
                output.AddSource("FlexModifiers.g.cs", ModifierEmitter.Emit(set));
            }
        });

        context.RegisterSourceOutput(grammars, static (output, grammar) =>
            output.AddSource(grammar.Name + ".g.cs", GrammarEmitter.Emit(grammar)));

        // The generator fills in only what is declared partial: the writer, the checks, the schema and each builder.
        var partials = context.SyntaxProvider.CreateSyntaxProvider(
                static (syntax, _) => syntax is ClassDeclarationSyntax or StructDeclarationSyntax
                    && ((TypeDeclarationSyntax)syntax).Modifiers.Any(m => m.Text == "partial"),
                static (syntax, _) => ((TypeDeclarationSyntax)syntax.Node).Identifier.Text)
            .Collect()
            .Select(static (names, _) => new EquatableArray<string>(names.Distinct().OrderBy(n => n, StringComparer.Ordinal)));

        var schema = nodes.Select(static (read, _) => read.Node).Where(static node => node is not null).Collect()
            .Combine(grammars.Collect())
            .Select(static (pair, _) => new Schema(pair.Left.Select(n => n!).ToImmutableArray(), pair.Right))
            .Combine(partials);

        context.RegisterSourceOutput(schema, static (output, pair) =>
        {
            var (model, declared) = pair;
            if (model.Nodes.IsEmpty)
            {
                return;
            }

            var isPartial = new HashSet<string>(declared);
            if (isPartial.Contains("FlexJsonWriter"))
            {
                output.AddSource("FlexJsonWriter.g.cs", WriterEmitter.Emit(model));
            }

            if (isPartial.Contains("FlexJsonReader"))
            {
                output.AddSource("FlexJsonReader.g.cs", ReaderEmitter.Emit(model));
            }

            if (isPartial.Contains("NodeChecks"))
            {
                output.AddSource("NodeChecks.g.cs", ChecksEmitter.Emit(model));
            }

            if (isPartial.Contains("BoxNesting"))
            {
                output.AddSource("BoxNesting.g.cs", NestingEmitter.Emit(model));
            }

            if (isPartial.Contains("FlexVisitor"))
            {
                output.AddSource("FlexVisitor.g.cs", WalkEmitter.EmitVisitor(model));
            }

            if (isPartial.Contains("FlexWalker"))
            {
                output.AddSource("FlexWalker.g.cs", WalkEmitter.EmitWalker(model));
            }

            foreach (var node in model.Nodes.Where(n => n.IsAbstract && isPartial.Contains(n.Name + "Visitor")))
            {
                output.AddSource(node.Name + "Visitor.g.cs", VisitorEmitter.Emit(model, node));
            }

            foreach (var node in model.Nodes.Where(n => n.IsAbstract && isPartial.Contains(VisitorEmitter.ValidatorsName(n))))
            {
                output.AddSource(VisitorEmitter.ValidatorsName(node) + ".g.cs", VisitorEmitter.EmitChecks(model, node));
            }

            if (isPartial.Contains("FlexSchema"))
            {
                output.AddSource("FlexSchema.g.cs", SchemaEmitter.Emit(model));
            }

            foreach (var builder in model.Builders.Where(b => isPartial.Contains(b.Key)))
            {
                output.AddSource(builder.Key + ".g.cs", BuilderEmitter.Emit(model, builder.Key, builder.ToList()));
            }
        });
    }

    private static DiagnosticDescriptor Descriptor(string id) => new(
        id,
        "A model declaration the generator cannot follow",
        "{0}",
        "LineFlex.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
