namespace LineFlex.Generators;

/// <summary>
/// A builder's state and plain setters: a field per property of every node the builder feeds, a public setter
/// for each property marked <c>[Setter]</c>, the capability members (<c>IHasMargin.SetMargin</c>) not written by
/// hand, and a <c>Build{Node}()</c> method per node. A node held by another node of the same builder (a message's
/// <c>options</c>) is built in place from its own fields, and left out while none of them is set. A node's rarely set
/// properties are kept as the node keeps them: one reference to their record (see <see cref="RareStorageEmitter"/>),
/// null while none is set, so a builder costs a field for each property that is commonly set and no more.
/// </summary>
internal static class BuilderEmitter
{
    public static string Emit(Schema schema, string builder, IReadOnlyList<NodeInfo> nodes)
    {
        var fed = new HashSet<string>(nodes.Select(n => n.Name));
        var inline = new HashSet<string>(nodes
            .SelectMany(n => schema.AllProperties(n))
            .Where(p => p.Kind == ValueKind.Node && fed.Contains(p.Type))
            .Select(p => p.Type));
        var paths = new Dictionary<string, string>();
        foreach (var root in nodes.Where(n => !inline.Contains(n.Name)))
        {
            MapPaths(schema, root, string.Empty, fed, paths);
        }

        var ordered = nodes.OrderBy(n => paths.TryGetValue(n.Name, out var path) ? path.Length : int.MaxValue).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        var state = new BuilderState(HeldRare(schema, ordered), SetByGeneratedCode(schema, ordered), inline);
        var code = new CodeWriter($"The state, plain setters and Build methods of {builder}.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open($"partial class {builder}");

        foreach (var node in ordered)
        {
            var properties = schema.AllProperties(node).Where(p => !IsInline(p, inline)).ToList();
            if (properties.Count == 0)
            {
                continue;
            }

            var at = inline.Contains(node.Name) ? $" ({paths[node.Name].TrimEnd('.')})" : string.Empty;
            var groups = properties.Where(state.IsHeldRare).Select(p => p.Rare!).GroupBy(r => r.Group).Select(g => g.First()).ToList();
            code.Line($"// The values of {node.Name}{at}, one field per property{(groups.Count > 0 ? " set commonly" : string.Empty)}.");
            foreach (var property in properties.Where(p => !state.IsHeldRare(p)))
            {
                code.Line($"private {FieldType(property)} _{property.CamelName};");
            }

            foreach (var group in groups)
            {
                code.Line($"// The rarely set values of {node.Name} in {group.Group}, as the node keeps them: null while none is set.");
                code.Line($"private {group.Group}? {group.Field};");
            }

            code.Line();
        }

        foreach (var node in ordered)
        {
            foreach (var property in schema.AllProperties(node).Where(p => p.HasSetter))
            {
                EmitSetter(builder, property, paths.TryGetValue(node.Name, out var path) ? path : string.Empty, state, code);
            }
        }

        EmitCapabilities(schema, nodes, state, code);
        EmitClearState(schema, ordered, state, code);

        foreach (var node in ordered)
        {
            EmitBuild(schema, node, state, code);
        }

        code.TrimBlank();
        code.Close();
        return code.ToString();
    }

    /// <summary>
    /// The rare groups this builder keeps as records: each one used by a single node the builder feeds, so a group's
    /// record holds the values of one node. A group two of its nodes share (none does today) stays a field per property.
    /// </summary>
    private static HashSet<string> HeldRare(Schema schema, IReadOnlyList<NodeInfo> nodes) =>
        new(nodes
            .SelectMany(n => schema.AllProperties(n).Where(p => p.Rare is not null).Select(p => (Node: n.Name, p.Rare!.Group)))
            .Distinct()
            .GroupBy(x => x.Group)
            .Where(g => g.Count() == 1)
            .Select(g => g.Key));

    /// <summary>
    /// The properties only generated code sets: a <c>[Setter]</c>, or a capability member not written by hand. A rare
    /// property that hand-written code sets (a list it adds to, a slot it guards) keeps a field of its own.
    /// </summary>
    private static HashSet<string> SetByGeneratedCode(Schema schema, IReadOnlyList<NodeInfo> nodes)
    {
        var capabilities = nodes.SelectMany(n => n.Capabilities).ToList();
        return new(nodes
            .SelectMany(n => schema.AllProperties(n))
            .Where(p => p.Kind != ValueKind.List)
            .Where(p => p.HasSetter || capabilities.Any(c => c.Method == "Set" + p.Name && c.ParameterType == p.Type && !c.ImplementedByHand))
            .Where(p => !capabilities.Any(c => c.Method == "Set" + p.Name && c.ImplementedByHand))
            .Select(p => p.Name));
    }

    /// <summary>How the builder holds each property: a field of its own, the record of its rare group, or a node built in place.</summary>
    private sealed class BuilderState(HashSet<string> heldRare, HashSet<string> setByGeneratedCode, HashSet<string> inline)
    {
        public HashSet<string> Inline { get; } = inline;

        public bool IsHeldRare(PropertyInfo property) =>
            property.Rare is { } rare && heldRare.Contains(rare.Group) && setByGeneratedCode.Contains(property.Name);

        /// <summary>The statement that stores <paramref name="value"/> as <paramref name="property"/>'s value.</summary>
        public string Assign(PropertyInfo property, string value) =>
            IsHeldRare(property)
                ? $"{property.Rare!.Field} = ({property.Rare.Field} ?? {property.Rare.Group}.None) with {{ {property.Name} = {value} }}"
                : $"_{property.CamelName} = {value}";

        /// <summary>The expression that reads <paramref name="property"/>'s value, null when unset.</summary>
        public string Read(PropertyInfo property) =>
            IsHeldRare(property) ? $"{property.Rare!.Field}?.{property.Name}" : "_" + property.CamelName;

        /// <summary>The condition that <paramref name="property"/> is unset, as its storage says it.</summary>
        public string Unset(PropertyInfo property) =>
            IsHeldRare(property) ? property.Rare!.Field + " is null"
            : property.Kind == ValueKind.List ? $"_{property.CamelName}.IsAbsent"
            : $"_{property.CamelName} is null";
    }

    private static void MapPaths(Schema schema, NodeInfo node, string prefix, HashSet<string> fed, Dictionary<string, string> paths)
    {
        paths[node.Name] = prefix;
        foreach (var property in schema.AllProperties(node))
        {
            if (property.Kind == ValueKind.Node && fed.Contains(property.Type) && schema.Find(property.Type) is { } child && !paths.ContainsKey(child.Name))
            {
                MapPaths(schema, child, prefix + property.WireName + ".", fed, paths);
            }
        }
    }

    private static bool IsInline(PropertyInfo property, HashSet<string> inline) =>
        property.Kind == ValueKind.Node && inline.Contains(property.Type);

    private static string FieldType(PropertyInfo property) =>
        property.Kind == ValueKind.List ? $"BuilderList<{property.ItemType}>" : property.Type + "?";

    private static void EmitSetter(string builder, PropertyInfo property, string path, BuilderState state, CodeWriter code)
    {
        var parameter = Words.Identifier(property.SetterParameter ?? property.CamelName);
        code.Line($"/// <summary>{SetterSummary(property, path)}</summary>");
        code.Open($"public {builder} {property.Name}({property.Type} {parameter})");
        if (property.IsReferenceType)
        {
            code.Line($"ArgumentNullException.ThrowIfNull({parameter});");
        }

        code.Line(state.Assign(property, parameter) + ";");
        code.Line("return this;");
        code.Close().Line();
    }

    /// <summary>"Sets <c>content.altText</c> (required): ..." from the property's own summary "<c>altText</c> (required): ...".</summary>
    internal static string SetterSummary(PropertyInfo property, string path)
    {
        var target = $"<c>{path}{property.WireName}</c>";
        var lead = $"<c>{property.WireName}</c>";
        if (property.Summary.StartsWith(lead, StringComparison.Ordinal))
        {
            return "Sets " + target + property.Summary.Substring(lead.Length);
        }

        return property.Summary.Length == 0 ? $"Sets {target}." : $"Sets {target}: {property.Summary}";
    }

    /// <summary><c>ClearState()</c>: every field back to unset, for a builder reused for the next sibling.</summary>
    private static void EmitClearState(Schema schema, IReadOnlyList<NodeInfo> ordered, BuilderState state, CodeWriter code)
    {
        var properties = ordered.SelectMany(n => schema.AllProperties(n)).Where(p => !IsInline(p, state.Inline)).ToList();
        code.Line("/// <summary>Sets every value back to unset, as a new builder has it.</summary>");
        code.Open("private void ClearState()");
        foreach (var property in properties.Where(p => !state.IsHeldRare(p)))
        {
            code.Line($"_{property.CamelName} = {(property.Kind == ValueKind.List ? "default" : "null")};");
        }

        foreach (var field in properties.Where(state.IsHeldRare).Select(p => p.Rare!.Field).Distinct())
        {
            code.Line($"{field} = null;");
        }

        code.Close().Line();
    }

    private static void EmitCapabilities(Schema schema, IReadOnlyList<NodeInfo> nodes, BuilderState state, CodeWriter code)
    {
        var properties = nodes.SelectMany(n => schema.AllProperties(n)).ToList();
        var done = new HashSet<string>();
        foreach (var capability in nodes.SelectMany(n => n.Capabilities))
        {
            if (capability.ImplementedByHand || !done.Add(capability.Interface + "." + capability.Method))
            {
                continue;
            }

            var target = capability.Method.Substring("Set".Length);
            var property = properties.FirstOrDefault(p => p.Name == target && p.Type == capability.ParameterType);
            if (property is null)
            {
                continue;
            }

            var parameter = Words.Identifier(property.CamelName);
            code.Line($"void {capability.Interface}.{capability.Method}({property.Type} {parameter}) => {state.Assign(property, parameter)};");
            code.Line();
        }
    }

    private static void EmitBuild(Schema schema, NodeInfo node, BuilderState state, CodeWriter code)
    {
        var inline = state.Inline;
        var properties = schema.AllProperties(node).ToList();
        var assignments = properties.Select(p => $"{p.Name} = {Value(p, state)},").ToList();
        var rare = properties.Where(p => p.Rare is not null).ToList();
        if ((!inline.Contains(node.Name) || IsRequiredSomewhere(schema, node)) && rare.Count > 0)
        {
            // Most nodes set none of their rare properties: they are then built without them, so the node keeps the
            // shared record of unset ones without its accessors comparing each value (see RareStorageEmitter).
            code.Open($"private {node.Name} Build{node.Name}()");
            code.Open($"if ({string.Join(" && ", rare.Select(state.Unset).Distinct())})");
            code.Line("return new()");
            code.Line("{");
            foreach (var property in properties.Where(p => p.Rare is null))
            {
                code.Line($"    {property.Name} = {Value(property, state)},");
            }

            code.Line("};");
            code.Close().Line();
            code.Line("return new()");
            code.Line("{");
            foreach (var assignment in assignments)
            {
                code.Line("    " + assignment);
            }

            code.Line("};");
            code.Close().Line();
            return;
        }

        if (!inline.Contains(node.Name) || IsRequiredSomewhere(schema, node))
        {
            code.Line($"private {node.Name} Build{node.Name}() => new()");
            code.Line("{");
            foreach (var assignment in assignments)
            {
                code.Line("    " + assignment);
            }

            code.Line("};");
            code.Line();
            return;
        }

        // Left out (null) while none of its values is set, as the JSON leaves out an empty object.
        code.Open($"private {node.Name}? Build{node.Name}()");
        var built = properties.Where(p => IsInline(p, inline)).ToList();
        foreach (var property in built)
        {
            code.Line($"var {Words.Identifier(property.CamelName)} = Build{property.Type}();");
        }

        var unset = properties.Select(p => IsInline(p, inline) ? Words.Identifier(p.CamelName) + " is null" : state.Unset(p)).Distinct();
        code.Open($"if ({string.Join(" && ", unset)})");
        code.Line("return null;");
        code.Close().Line();
        code.Line($"return new {node.Name}");
        code.Line("{");
        foreach (var property in properties)
        {
            code.Line($"    {property.Name} = {(IsInline(property, inline) ? Words.Identifier(property.CamelName) : Value(property, state))},");
        }

        code.Line("};");
        code.Close().Line();
    }

    private static bool IsRequiredSomewhere(Schema schema, NodeInfo node) =>
        schema.Nodes.SelectMany(n => n.Properties).Any(p => p.Kind == ValueKind.Node && p.Type == node.Name && p.Required);

    private static string Value(PropertyInfo property, BuilderState state)
    {
        if (IsInline(property, state.Inline))
        {
            return $"Build{property.Type}()";
        }

        var field = state.Read(property);
        if (property.Kind != ValueKind.List)
        {
            return field;
        }

        return property.Required ? $"{field}.ToValueList()" : $"{field}.ToValueListOrNull()";
    }
}
