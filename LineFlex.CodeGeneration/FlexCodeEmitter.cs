using System.Reflection;

namespace LineFlex;

/// <summary>
/// Turns a tree of the model into builder code: the fluent chain a person would write where the builder can make
/// exactly that node, and an object initializer where it cannot (a value the builder refuses, a list it never leaves
/// empty). Property setters come from <see cref="FlexSchema"/>: each property's builder method, kind and words; only
/// the shape-giving calls (children, blocks, the arguments a node is created with) are written here.
/// </summary>
internal sealed partial class FlexCodeEmitter
{
    /// <summary>A call on a builder: <c>.Method(arguments)</c>.</summary>
    private sealed record Call(string Method, IReadOnlyList<CSharpCode> Arguments);

    private readonly HashSet<string> _scope = new(StringComparer.Ordinal);

    private readonly bool _loops;
    private readonly BuilderCalls _builderCalls;

    /// <summary>An emitter that writes runs of alike siblings as a loop when <paramref name="loops"/> is set.</summary>
    public FlexCodeEmitter(bool loops)
    {
        _loops = loops;
        _builderCalls = new BuilderCalls(this);
    }

    /// <summary>An expression that builds <paramref name="node"/>: the builder's where it makes exactly that node, an object initializer where not.</summary>
    public CSharpCode Expression(object node) => _builderCalls.Visit(node) ?? Initializer(node);

    private static Invocation Build(CSharpCode chain) => new(chain, "Build", []);

    // ---- Requests and messages ----

    private CSharpCode? Request(LineRequest request)
    {
        if (request.Messages is null)
        {
            return null;
        }

        CSharpCode chain = new Invocation(null, "Flex.Request", []);
        foreach (var message in request.Messages)
        {
            if (message is null)
            {
                return null;
            }

            var name = Declare("m");
            var built = Message(new Atom(name), message);
            Release(name);
            chain = new Invocation(chain, "Message", [built is null ? Initializer(message) : new Lambda(name, built)]);
        }

        if (request.Options is { } options)
        {
            if (options.Schedule is not { } schedule || (schedule.BulkId, schedule.SendAt, schedule.SendingSpeedLimit) == (null, null, null)
                || schedule.SendingSpeedLimit is { Amount: null })
            {
                return null;
            }

            chain = Setters(chain, schedule, nameof(ScheduleOptions.SendingSpeedLimit));
            if (schedule.SendingSpeedLimit is { Amount: { } amount } limit)
            {
                chain = new Invocation(chain, "SendingSpeedLimit", Arguments([Int(amount)], ("timeUnit", limit.TimeUnit)));
            }
        }

        return chain;
    }

    private CSharpCode? Message(CSharpCode head, LineMessage message)
    {
        if (message.Destinations is null || message.Content is not { } content || message.Destinations.Any(d => d is null))
        {
            return null;
        }

        var chain = Setters(head, message, nameof(LineMessage.Destinations), nameof(LineMessage.Content), nameof(LineMessage.Options), nameof(LineMessage.Webhooks));
        foreach (var destination in message.Destinations)
        {
            chain = destination.To is { } to
                ? new Invocation(chain, "To", destination.MessageId is { } id ? [new Str(to, "to"), new Str(id, "messageId")] : [new Str(to, "to")])
                : new Invocation(chain, "Destination", [Initializer(destination)]);
        }

        chain = Setters(chain, content, nameof(LineNotificationContent.Contents));
        if (content.Contents is { } bubble)
        {
            var name = Declare("bubble");
            chain = new Invocation(chain, "Bubble", [new Lambda(name, Bubble(new Atom(name), bubble))]);
            Release(name);
        }

        if (message.Options is { } options)
        {
            if (options is { Platform: null, ValidityPeriod: null, DeliveryTimeWindow: null, CampaignReferenceId: null, SmsFailover: null }
                || MessageOptions(chain, options) is not { } withOptions)
            {
                return null;
            }

            chain = withOptions;
        }

        if (message.Webhooks is { } webhooks)
        {
            if (webhooks.Delivery is { Url: null })
            {
                return null;
            }

            chain = new Invocation(chain, "Webhooks", [Configure("w", w =>
            {
                var calls = new List<Call>();
                if (webhooks.Delivery is { Url: { } url } delivery)
                {
                    calls.Add(new("Delivery", Arguments([new Str(url, "url")], ("intermediateReport", delivery.IntermediateReport), ("notify", delivery.Notify))));
                }

                return [.. calls, .. SetterCalls(webhooks, nameof(MessageWebhooks.Delivery))!];
            })]);
        }

        return chain;
    }

    private CSharpCode? MessageOptions(CSharpCode chain, MessageOptions options)
    {
        if (options.ValidityPeriod is { Amount: null } || options.DeliveryTimeWindow is { Days: null } or { From.Hour: null } or { From.Minute: null } or { To.Hour: null } or { To.Minute: null })
        {
            return null;
        }

        if (options.SmsFailover is { } sms && (sms.Text is null || sms.ValidityPeriod is { Amount: null }
            || sms.Regional is { IndiaDlt: null, TurkeyIys: null, SouthKorea: null } or { IndiaDlt.PrincipalEntityId: null } or { TurkeyIys.RecipientType: null }))
        {
            return null;
        }

        if (options.Platform is { } platform)
        {
            chain = new Invocation(chain, "Platform", Arguments([], ("entityId", platform.EntityId), ("applicationId", platform.ApplicationId)));
        }

        if (options.ValidityPeriod is { Amount: { } amount } validity)
        {
            chain = new Invocation(chain, "ValidityPeriod", Arguments([Int(amount)], ("timeUnit", validity.TimeUnit)));
        }

        if (options.DeliveryTimeWindow is { } window)
        {
            chain = new Invocation(chain, "DeliveryTimeWindow", [Configure("w", _ =>
            {
                var calls = new List<Call>();
                if (window.Days!.Count > 0)
                {
                    calls.Add(new("Days", window.Days.Select(d => (CSharpCode)new Atom(CSharpLiterals.Enum(d))).ToArray()));
                }

                if (window.From is { } from)
                {
                    calls.Add(new("From", [Int(from.Hour!.Value), Int(from.Minute!.Value)]));
                }

                if (window.To is { } to)
                {
                    calls.Add(new("To", [Int(to.Hour!.Value), Int(to.Minute!.Value)]));
                }

                return calls;
            })]);
        }

        chain = Setters(chain, options, nameof(LineFlex.MessageOptions.Platform), nameof(LineFlex.MessageOptions.ValidityPeriod), nameof(LineFlex.MessageOptions.DeliveryTimeWindow), nameof(LineFlex.MessageOptions.SmsFailover));
        if (options.SmsFailover is { Text: { } text } failover)
        {
            var calls = SmsFailover(failover);
            var arguments = new List<CSharpCode> { new Str(text, "text") };
            if (calls.Count > 0)
            {
                arguments.Add(Configure("s", _ => calls));
            }

            chain = new Invocation(chain, "SmsFailover", arguments);
        }

        return chain;
    }

    private static List<Call> SmsFailover(SmsFailover sms)
    {
        var calls = new List<Call>();
        if (sms.Sender is { } sender)
        {
            calls.Add(new("Sender", [new Str(sender, "sender")]));
        }

        if (sms.ValidityPeriod is { Amount: { } amount } validity)
        {
            calls.Add(new("ValidityPeriod", Arguments([Int(amount)], ("timeUnit", validity.TimeUnit))));
        }

        if (sms.Regional?.IndiaDlt is { PrincipalEntityId: { } principal } india)
        {
            calls.Add(new("IndiaDlt", Arguments([new Str(principal, "principalEntityId")], ("contentTemplateId", india.ContentTemplateId), ("telemarketerId", india.TelemarketerId))));
        }

        if (sms.Regional?.TurkeyIys is { RecipientType: { } recipient } turkey)
        {
            calls.Add(new("TurkeyIys", Arguments([new Atom(CSharpLiterals.Enum(recipient))], ("brandCode", turkey.BrandCode))));
        }

        if (sms.Regional?.SouthKorea is { } korea)
        {
            calls.Add(new("SouthKorea", Arguments([], ("title", korea.Title), ("resellerCode", korea.ResellerCode))));
        }

        return calls;
    }

    // ---- The bubble ----

    private CSharpCode Bubble(CSharpCode head, FlexBubble bubble)
    {
        var chain = Setters(head, bubble, nameof(FlexBubble.Header), nameof(FlexBubble.Body), nameof(FlexBubble.Footer), nameof(FlexBubble.Style));
        foreach (var (method, box) in new[] { ("Header", bubble.Header), ("Body", bubble.Body), ("Footer", bubble.Footer) })
        {
            if (box is null)
            {
                continue;
            }

            var lambda = BoxContents(box, method.ToLowerInvariant());
            chain = lambda is null
                ? new Invocation(chain, method, [Initializer(box)])
                : new Invocation(chain, method, box.Layout == BoxLayout.Vertical ? [lambda] : [new Atom(CSharpLiterals.Enum(box.Layout!)), lambda]);
        }

        if (bubble.Style is { } style)
        {
            chain = new Invocation(chain, "Style", [Configure("s", _ =>
                new[] { ("Header", style.Header), ("Body", style.Body), ("Footer", style.Footer) }
                    .Where(b => b.Item2 is not null)
                    .Select(b => new Call(b.Item1, Arguments([], ("backgroundColor", b.Item2!.BackgroundColor), ("separator", b.Item2.Separator), ("separatorColor", b.Item2.SeparatorColor))))
                    .ToList())]);
        }

        return chain;
    }

    /// <summary>The lambda that fills a box, or null when the builder cannot make this box exactly.</summary>
    private CSharpCode? BoxContents(FlexBox box, string name)
    {
        if (box.Layout is null || box.Contents is null || box.Contents.Any(c => c is null))
        {
            return null;
        }

        var parameter = Declare(name);
        try
        {
            var children = new List<Call>();
            foreach (var child in box.Contents)
            {
                if (ComponentCall(child!) is not { } call)
                {
                    children.Add(new("Add", [Initializer(child!)]));
                    continue;
                }

                children.Add(child switch
                {
                    FlexBox { Layout: { } layout } when Enum.IsDefined(layout) => new(layout.ToString(), [call.Arguments[1]]),
                    FlexSpan => new("Add", [new Invocation(new Atom("Flex"), "Span", call.Arguments)]),
                    _ => call,
                });
            }

            if (SetterCalls(box, nameof(FlexBox.Layout), nameof(FlexBox.Contents)) is not { } modifiers)
            {
                return null;
            }

            return _loops && Loops(children, parameter) is { } statements
                ? new BlockLambda(parameter, [.. statements, .. modifiers.Select(m => Statement(parameter, m))])
                : Lambda(parameter, [.. children, .. modifiers]);
        }
        finally
        {
            Release(parameter);
        }
    }

    /// <summary>The call that adds <paramref name="component"/> (<c>Text("Hi", t =&gt; t.Bold())</c>), or null when the builder cannot make it exactly.</summary>
    private Call? ComponentCall(FlexComponent component) => FactoryCall(_builderCalls.Visit(component));

    /// <summary>A factory call of <c>Flex</c> (<c>Flex.Uri(...)</c>) as a call on a builder (<c>.Uri(...)</c>); null for any other code.</summary>
    private static Call? FactoryCall(CSharpCode? code) =>
        code is Invocation { Target: Atom { Text: "Flex" } } call ? new(call.Name, call.Arguments) : null;

    /// <summary>
    /// The configuring lambda of a leaf (<c>t =&gt; t.Bold()</c>); <see cref="None"/> when nothing needs setting; null when a
    /// property cannot be set through the builder.
    /// </summary>
    private CSharpCode? Leaf(object node, string name, params string[] given) => Leaf(node, name, given, []);

    private CSharpCode? Leaf(object node, string name, string[] given, IReadOnlyList<Call> content)
    {
        var parameter = Declare(name);
        try
        {
            return SetterCalls(node, given) is { } calls
                ? content.Count + calls.Count == 0 ? None : Lambda(parameter, [.. content, .. calls])
                : null;
        }
        finally
        {
            Release(parameter);
        }
    }

    /// <summary>Stands for "no configuring lambda".</summary>
    private static readonly Atom None = new(string.Empty);

    private static IReadOnlyList<CSharpCode> Optional(IReadOnlyList<CSharpCode> arguments, CSharpCode configure) =>
        ReferenceEquals(configure, None) ? arguments : [.. arguments, configure];

    private CSharpCode Configure(string name, Func<string, IReadOnlyList<Call>> calls)
    {
        var parameter = Declare(name);
        try
        {
            return Lambda(parameter, calls(parameter));
        }
        finally
        {
            Release(parameter);
        }
    }

    private static CSharpCode Lambda(string parameter, IReadOnlyList<Call> calls) =>
        calls.Count == 0 ? new Lambda(parameter, null) : new Lambda(parameter, Chain(new Atom(parameter), calls));

    private static CSharpCode Chain(CSharpCode head, IEnumerable<Call> calls) =>
        calls.Aggregate(head, (chain, call) => new Invocation(chain, call.Method, call.Arguments));

    private static CSharpCode Statement(string parameter, Call call) =>
        new ExpressionStatement(new Invocation(new Atom(parameter), call.Method, call.Arguments));

    // ---- Actions ----

    private CSharpCode Action(FlexAction action) => _builderCalls.Visit(action) ?? Initializer(action);

    private static CSharpCode[] ActionArguments(string label, Str target, AltUri? altUri) =>
        altUri?.Desktop is { } desktop ? [new Str(label, "label"), target, new Str(desktop, "desktopUri")] : [new Str(label, "label"), target];

    // ---- Properties through the schema ----

    /// <summary>The builder calls that set every property of <paramref name="node"/> but the <paramref name="given"/> ones; null when one cannot be set.</summary>
    private List<Call>? SetterCalls(object node, params string[] given)
    {
        var schema = FlexSchema.Of(node.GetType());
        var calls = new List<Call>();
        foreach (var property in schema.Properties.Where(p => !given.Contains(p.Name)))
        {
            var value = node.GetType().GetProperty(property.Name)!.GetValue(node);
            if (value is null)
            {
                continue;
            }

            if (Setter(schema, property, value) is not { } call)
            {
                return null;
            }

            calls.Add(call);
        }

        return calls;
    }

    /// <summary>Applies <see cref="SetterCalls"/> to a chain whose node the builder surely makes.</summary>
    private CSharpCode Setters(CSharpCode chain, object node, params string[] given) =>
        Chain(chain, SetterCalls(node, given) ?? []);

    private Call? Setter(FlexNodeSchema node, FlexPropertySchema property, object value)
    {
        if (property.BuilderMethod is not { } method)
        {
            return null;
        }

        return property.Kind switch
        {
            FlexValueKind.Enum => Shorthand(node, value) is { } shorthand ? new(shorthand, []) : new(method, [new Atom(CSharpLiterals.Enum(value))]),
            FlexValueKind.Value => new(method, [CSharpLiterals.Value(value, property.WireName)]),
            FlexValueKind.Integer => (int)value < 0 ? null : new(method, [Int((int)value)]),
            FlexValueKind.Boolean => (bool)value && DefaultsToTrue(node, method) ? new(method, []) : new(method, [new Atom(CSharpLiterals.Bool((bool)value))]),
            FlexValueKind.String => new(method, [new Str((string)value, property.WireName)]),
            FlexValueKind.DateTime => new(method, [new Atom(CSharpLiterals.Time((DateTimeOffset)value))]),
            FlexValueKind.Object when value is FlexAction action => FactoryCall(_builderCalls.Visit(action)) ?? new(method, [Initializer(action)]),
            _ => null,
        };
    }

    /// <summary>A parameterless builder method named after the enum member (<c>Bold()</c>, <c>Italic()</c>), when there is one.</summary>
    private static string? Shorthand(FlexNodeSchema node, object value)
    {
        var name = Enum.GetName(value.GetType(), value);
        if (name is null || node.Builder is null)
        {
            return null;
        }

        var own = node.Builder.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        var shared = typeof(FlexModifiers).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == name && m.GetParameters().Length == 1 && m.IsGenericMethodDefinition)
            .Any(m => m.GetGenericArguments()[0].GetGenericParameterConstraints().All(c => c.IsAssignableFrom(node.Builder)));
        return own is not null || shared ? name : null;
    }

    private static bool DefaultsToTrue(FlexNodeSchema node, string method) =>
        node.Builder?.GetMethod(method, [typeof(bool)])?.GetParameters()[0] is { HasDefaultValue: true, DefaultValue: true };

    private static CSharpCode Int(int value) => new Atom(CSharpLiterals.Int(value));

    /// <summary>Arguments with optional ones by name, left out when null: <c>(60, timeUnit: ValidityPeriodTimeUnit.Minutes)</c>.</summary>
    private static CSharpCode[] Arguments(CSharpCode[] required, params (string Name, object? Value)[] optional) =>
        [.. required, .. optional.Where(o => o.Value is not null).Select(o => (CSharpCode)new NamedArgument(o.Name, Literal(o.Value!, o.Name)))];

    private static CSharpCode Literal(object value, string hint) => value switch
    {
        string text => new Str(text, hint),
        int number => Int(number),
        bool flag => new Atom(CSharpLiterals.Bool(flag)),
        Enum => new Atom(CSharpLiterals.Enum(value)),
        _ when CSharpLiterals.IsTypedValue(value) => CSharpLiterals.Value(value, hint),
        _ => throw new ArgumentException($"No literal for {value.GetType().Name}.", nameof(value)),
    };

    // ---- The escape hatch: an object initializer ----

    private CSharpCode Initializer(object node)
    {
        var schema = FlexSchema.Of(node.GetType());
        var members = new List<(string, CSharpCode)>();
        foreach (var property in schema.Properties)
        {
            var value = node.GetType().GetProperty(property.Name)!.GetValue(node);
            if (value is not null)
            {
                members.Add((property.Name, Member(property, value)));
            }
        }

        return new ObjectCreation(node.GetType().Name, members);
    }

    private CSharpCode Member(FlexPropertySchema property, object value) => property.Kind switch
    {
        FlexValueKind.Object => Expression(value),
        FlexValueKind.List => new Collection(((System.Collections.IEnumerable)value).Cast<object?>()
            .Select(item => item switch
            {
                null => new Atom("null!"),
                Enum => new Atom(CSharpLiterals.Enum(item)),
                _ => Expression(item),
            }).ToArray()),
        FlexValueKind.DateTime => new Atom(CSharpLiterals.Time((DateTimeOffset)value)),
        _ => Literal(value, property.WireName),
    };

    // ---- Repeated rows as a loop ----

    /// <summary>
    /// The box's children as statements, with each run of siblings that differ only in their strings turned into a
    /// loop over a list of those strings; null when there is no such run.
    /// </summary>
    private List<CSharpCode>? Loops(List<Call> children, string parameter)
    {
        var keys = children.Select(Key).ToList();
        var statements = new List<CSharpCode>();
        var found = false;
        for (var i = 0; i < children.Count;)
        {
            var end = i + 1;
            while (end < children.Count && keys[end] == keys[i])
            {
                end++;
            }

            var run = children.GetRange(i, end - i);
            var isRow = run[0].Arguments.Any(a => a is Lambda { Body: not null } or BlockLambda) && run[0].Method is "Horizontal" or "Vertical" or "Baseline";
            if (run.Count >= (isRow ? 2 : 3) && LoopOver(run, parameter) is { } loop)
            {
                statements.Add(loop);
                found = true;
            }
            else
            {
                statements.AddRange(run.Select(c => Statement(parameter, c)));
            }

            i = end;
        }

        return found ? statements : null;
    }

    private Loop? LoopOver(List<Call> run, string parameter)
    {
        var strings = run.Select(c => c.Arguments.SelectMany(Strings).ToList()).ToList();
        var varying = Enumerable.Range(0, strings[0].Count).Where(i => strings.Any(s => s[i].Value != strings[0][i].Value)).ToList();
        if (varying.Count == 0 || run.Any(c => c.Arguments.Any(HasLoop)))
        {
            return null;
        }

        var data = Declare("rows");
        var variables = varying.Select(i => Declare(strings[0][i].Hint)).ToList();
        foreach (var variable in variables)
        {
            Release(variable);
        }

        var slot = 0;
        var template = run[0];
        var body = new Call(template.Method, template.Arguments.Select(a => Substitute(a, str =>
        {
            var index = slot++;
            var position = varying.IndexOf(index);
            return position < 0 ? str : new Atom(variables[position]);
        })).ToList());
        return new Loop(
            "One entry per row: replace these with your data.",
            data,
            variables,
            strings.Select(s => (IReadOnlyList<Str>)varying.Select(i => s[i]).ToList()).ToList(),
            Statement(parameter, body));
    }

    /// <summary>The call with its strings blanked out: siblings with the same key differ only in their strings.</summary>
    private static string Key(Call call) =>
        call.Method + "(" + string.Join(", ", call.Arguments.Select(a => CSharpRenderer.Render(Substitute(a, _ => new Atom("\u0001")), 0))) + ")";

    /// <summary>Whether a loop stands inside: a row holding a loop of its own is written as it is.</summary>
    private static bool HasLoop(CSharpCode code) => code switch
    {
        Loop => true,
        Invocation invocation => (invocation.Target is not null && HasLoop(invocation.Target)) || invocation.Arguments.Any(HasLoop),
        Lambda { Body: { } body } => HasLoop(body),
        BlockLambda block => block.Statements.Any(HasLoop),
        _ => false,
    };

    private static IEnumerable<Str> Strings(CSharpCode code) => code switch
    {
        Str str => [str],
        Invocation invocation => (invocation.Target is null ? [] : Strings(invocation.Target)).Concat(invocation.Arguments.SelectMany(Strings)),
        NamedArgument named => Strings(named.Value),
        Lambda { Body: { } body } => Strings(body),
        BlockLambda block => block.Statements.SelectMany(Strings),
        ExpressionStatement statement => Strings(statement.Expression),
        ObjectCreation creation => creation.Members.SelectMany(m => Strings(m.Value)),
        Collection collection => collection.Items.SelectMany(Strings),
        Loop loop => loop.Rows.SelectMany(r => r).Concat(Strings(loop.Body)),
        _ => [],
    };

    private static CSharpCode Substitute(CSharpCode code, Func<Str, CSharpCode> replace) => code switch
    {
        Str str => replace(str),
        Invocation invocation => invocation with
        {
            Target = invocation.Target is null ? null : Substitute(invocation.Target, replace),
            Arguments = invocation.Arguments.Select(a => Substitute(a, replace)).ToArray(),
        },
        NamedArgument named => named with { Value = Substitute(named.Value, replace) },
        Lambda { Body: { } body } lambda => lambda with { Body = Substitute(body, replace) },
        BlockLambda block => block with { Statements = block.Statements.Select(s => Substitute(s, replace)).ToArray() },
        ExpressionStatement statement => statement with { Expression = Substitute(statement.Expression, replace) },
        ObjectCreation creation => creation with { Members = creation.Members.Select(m => (m.Name, Substitute(m.Value, replace))).ToArray() },
        Collection collection => collection with { Items = collection.Items.Select(i => Substitute(i, replace)).ToArray() },
        _ => code,
    };

    // ---- Names ----

    private string Declare(string name)
    {
        var unique = name;
        for (var i = 2; _scope.Contains(unique) || IsKeyword(unique); i++)
        {
            unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _scope.Add(unique);
        return unique;
    }

    private void Release(string name) => _scope.Remove(name);

    private static bool IsKeyword(string name) => name is "string" or "object" or "event" or "base" or "this" or "default" or "class";
}
