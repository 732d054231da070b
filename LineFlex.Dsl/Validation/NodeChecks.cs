using FluentValidation;

namespace LineFlex;

/// <summary>
/// The checks of one node's own values, run inside a single FluentValidation rule per node: a rule per
/// property costs more than the check itself, so each validator gathers its node's value checks here and
/// keeps FluentValidation rules for the children. Every failure names the rule, the property and the figure.
/// <c>WellFormed(node)</c>, generated for every node from the model's declarations (NodeChecks.g.cs), checks each
/// typed value and enum the node holds, so a property added to the model is checked without a line here.
/// </summary>
/// <remarks>
/// The path below the node (<c>contents[2].action</c>) is kept as segments in its rule run (<see cref="CheckRun"/>) and spelled
/// only when a check fails, so checking a clean tree builds no path strings. A <see cref="Below(string, int)"/>
/// view stays valid until the next <c>Below</c> at the same depth, which is how a depth-first walk uses it.
/// </remarks>
internal readonly partial struct NodeChecks<T>
{
    // Two words, so the checks travel in registers into every check call; what a rule run shares is in its run.
    private readonly CheckRun _run;
    private readonly int _depth;

    /// <summary>The checks of the node of <paramref name="run"/>: its failures, the rules it leaves out, the path below it.</summary>
    public NodeChecks(CheckRun run)
        : this(run, 0)
    {
    }

    private NodeChecks(CheckRun run, int depth)
    {
        _run = run;
        _depth = depth;
    }

    /// <summary>The rule run these checks belong to.</summary>
    public CheckRun Run => _run;

    /// <summary>Whether <paramref name="rule"/> is checked: not turned off with <see cref="FlexValidatorOptions.Ignore"/>.</summary>
    public bool Checks(FlexRule rule) => _run.Ignored is not { } ignored || !ignored.Contains(rule.Code);

    /// <summary>Adds a finding at <paramref name="property"/> below this node (empty for the node itself), unless its rule is turned off.</summary>
    public void Fail(FlexRule rule, string property, string message, object? attemptedValue)
    {
        if (!Checks(rule))
        {
            return;
        }

        var relative = _run.Spell(_depth, property);

        // Below another validator's rule (SetValidator, a collection), the path above is FluentValidation's C# one.
        var context = _run.Failures as ValidationContext<T>;
        var path = context is null ? string.Empty : WirePath.FromPropertyPath(context.PropertyPath);
        if (relative.Length > 0)
        {
            path = path.Length == 0 ? relative : path + "." + relative;
        }

        var failure = new FluentValidation.Results.ValidationFailure(path, message, attemptedValue)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity == FindingSeverity.Warning ? Severity.Warning : Severity.Error,
        };
        if (context is not null)
        {
            context.AddFailure(failure);
        }
        else
        {
            ((List<FluentValidation.Results.ValidationFailure>)_run.Failures!).Add(failure);
        }
    }

    /// <summary>
    /// The checks of a value below this node (<c>action</c>, <c>style.header</c>, or with an
    /// <paramref name="index"/>, <c>contents[2]</c>), for children checked where they stand.
    /// </summary>
    public NodeChecks<T> Below(string name, int index = -1)
    {
        _run.Set(_depth, name, index);
        return new(_run, _depth + 1);
    }

    public void Required(FlexRule rule, string name, object? value)
    {
        if (value is null)
        {
            Fail(rule, name, $"{name} is required.", null);
        }
    }

    /// <summary>A required value type (an enum such as a box's layout), checked without boxing it.</summary>
    public void Required<TValue>(FlexRule rule, string name, TValue? value)
        where TValue : struct
    {
        if (value is null)
        {
            Fail(rule, name, $"{name} is required.", null);
        }
    }

    public void RequiredText(FlexRule rule, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Fail(rule, name, value is null ? $"{name} is required." : $"{name} is empty; it is required.", value);
        }
    }

    public void NotEmptyList<TItem>(FlexRule rule, string name, ValueList<TItem>? list)
    {
        if (list is not { Count: > 0 })
        {
            Fail(rule, name, list is null ? $"{name} is required and needs at least one item." : $"{name} is empty; it needs at least one item.", list);
        }
    }

    /// <summary>Reports every null item of a list (FluentValidation skips null items of a collection).</summary>
    public void NoNullItems<TItem>(string name, ValueList<TItem>? list, string what)
        where TItem : class
    {
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is null)
            {
                Fail(FlexRules.ItemRequired, $"{name}[{i}]", $"This {what} is null; remove it from the list.", null);
            }
        }
    }

    /// <summary>A text no longer than the rule's maximum.</summary>
    public void MaxChars(FlexRule rule, string name, string? value)
    {
        if (value is not null && value.Length > rule.Max)
        {
            Fail(rule, name, $"{name} is {value.Length} characters; the limit is {rule.Max}.", value);
        }
    }

    /// <summary>A number within the rule's minimum and maximum.</summary>
    public void Between(FlexRule rule, string name, int? value)
    {
        if (value is { } number && (number < rule.Min || number > rule.Max))
        {
            Fail(rule, name, $"{name} is {number}; it must be from {rule.Min} to {rule.Max}.", number);
        }
    }

    /// <summary>A number no less than the rule's minimum.</summary>
    public void AtLeast(FlexRule rule, string name, int? value)
    {
        if (value is { } number && number < rule.Min)
        {
            Fail(rule, name, $"{name} is {number}; it must be {rule.Min} or more.", number);
        }
    }

    /// <summary>A required number (an amount, an hour) within <paramref name="range"/>: each failure with its own rule.</summary>
    public void RequiredBetween(FlexRule required, FlexRule range, string name, int? value)
    {
        Required(required, name, value);
        Between(range, name, value);
    }

    /// <summary>A required number no less than <paramref name="range"/>'s minimum: each failure with its own rule.</summary>
    public void RequiredAtLeast(FlexRule required, FlexRule range, string name, int? value)
    {
        Required(required, name, value);
        AtLeast(range, name, value);
    }

    public void WellFormed<TValue>(FlexRule rule, string name, TValue? value)
        where TValue : struct, IFlexValue
    {
        if (value is { IsWellFormed: false } bad)
        {
            Fail(rule, name, $"{name} \"{FlexLimits.Excerpt(bad.Value)}\" is not valid here; use {bad.Expected}.", bad);
        }
    }

    // The rule each typed value is checked by. The generated WellFormed(node) calls these overloads, so a property
    // of a new value type does not compile until its rule is chosen here.
    public void WellFormed(string name, FlexSpacing? value) => WellFormed(FlexRules.SpacingGrammar, name, value);

    public void WellFormed(string name, FlexInset? value) => WellFormed(FlexRules.InsetGrammar, name, value);

    public void WellFormed(string name, FlexOffset? value) => WellFormed(FlexRules.InsetGrammar, name, value);

    public void WellFormed(string name, FlexSize? value) => WellFormed(FlexRules.TextSizeGrammar, name, value);

    public void WellFormed(string name, FlexImageSize? value) => WellFormed(FlexRules.ImageSizeGrammar, name, value);

    public void WellFormed(string name, FlexBorderWidth? value) => WellFormed(FlexRules.BorderWidthGrammar, name, value);

    public void WellFormed(string name, FlexLength? value) => WellFormed(FlexRules.LengthGrammar, name, value);

    public void WellFormed(string name, FlexAspectRatio? value) => WellFormed(FlexRules.AspectRatioGrammar, name, value);

    /// <summary>A colour that is well formed, with a warning where LINE documents no alpha channel.</summary>
    public void WellFormed(string name, FlexColor? value, bool alphaAllowed = false)
    {
        if (value is not { } colour)
        {
            return;
        }

        if (!colour.IsWellFormed)
        {
            WellFormed(FlexRules.ColorGrammar, name, value);
        }
        else if (colour.HasAlpha && !alphaAllowed)
        {
            Fail(
                FlexRules.AlphaColor,
                name,
                $"{name} \"{colour.Value}\" has an alpha channel; LINE documents alpha only for a box's backgroundColor. Use \"#RRGGBB\".",
                colour);
        }
    }

    public void Defined<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } word && !Enum.IsDefined(word))
        {
            Fail(
                FlexRules.EnumDefined,
                name,
                $"{name} is {Convert.ToInt64(word, System.Globalization.CultureInfo.InvariantCulture)}, which is not a {typeof(TEnum).Name}; use one of {WireEnum<TEnum>.Expected}.",
                word);
        }
    }

    /// <summary>Every item of a list of enum values (<c>days</c>) is one the API defines.</summary>
    public void DefinedItems<TEnum>(string name, ValueList<TEnum>? list)
        where TEnum : struct, Enum
    {
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (!Enum.IsDefined(list[i]))
            {
                Defined($"{name}[{i}]", (TEnum?)list[i]);
            }
        }
    }

    public void HttpsUrl(FlexRule rule, string owner, string? url)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            Fail(rule, "url", $"{owner}'s url \"{FlexLimits.Excerpt(url)}\" is not an absolute HTTPS URL; LINE loads images only over HTTPS.", url);
        }
    }

    public void ActionUri(FlexRule rule, string name, string? value)
    {
        if (value is not null && RuleExtensions.ActionUriProblem(value) is { } problem)
        {
            Refuse(rule, name, value, problem + ".");
        }
    }

    /// <summary>
    /// Reports a text <paramref name="value"/> that <paramref name="name"/> does not take, quoted as every message
    /// quotes one: <c>to "+66 85" is not a phone number ...</c>. <paramref name="problem"/> says why and what is right.
    /// </summary>
    public void Refuse(FlexRule rule, string name, string value, string problem) =>
        Fail(rule, name, $"{name} \"{FlexLimits.Excerpt(value)}\" {problem}", value);

    /// <summary><c>flex</c>, 0 to 20.</summary>
    public void Flexible(IHasFlex.Node node) => Between(FlexRules.FlexRange, "flex", node.Flex);

    /// <summary>Checks a child node where it stands, at <paramref name="name"/> below this node, when there is one.</summary>
    public void Child<TNode>(TNode? node, string name, Action<TNode, NodeChecks<T>> check)
        where TNode : class
    {
        if (node is not null)
        {
            check(node, Below(name));
        }
    }
}

/// <summary>
/// The validator of a node type whose rules are all checks of its own values:
/// <c>class PlatformValidator() : NodeValidator&lt;PlatformOptions&gt;((platform, c) => ...)</c>.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
internal abstract class NodeValidator<T> : AbstractValidator<T>
{
    /// <summary>Adds <paramref name="checks"/> as the validator's one rule.</summary>
    protected NodeValidator(Action<T, NodeChecks<T>> checks) => this.Checks(static _ => null, checks, options: null);
}

/// <summary>
/// One run of a node rule, what its <see cref="NodeChecks{T}"/> share: where its failures go, the rules it leaves out,
/// and the path segments below its node (a name and, in a list, an index each). A rule run rents one
/// (<see cref="Rent"/>) and returns it when done, so validating allocates none once warm; a rule run inside another
/// (none does today) would simply get a new one.
/// </summary>
internal sealed class CheckRun
{
    [ThreadStatic]
    private static CheckRun? s_free;

    private (string Name, int Index)[] _items = new (string, int)[8];

    /// <summary>
    /// Where the failures go: FluentValidation's context (a <see cref="ValidationContext{T}"/>) when the rule runs inside
    /// a validator call, or a list of failures at paths from the node when it runs on its own (<see cref="NodeRule{T}.Failures"/>).
    /// </summary>
    public object? Failures { get; private set; }

    /// <summary>The codes of the rules left out; null when none is.</summary>
    public System.Collections.Frozen.FrozenSet<string>? Ignored { get; private set; }

    /// <summary>The bytes of the bubbles as the request was written before it was validated; null when it was not.</summary>
    public WrittenBubbles? Bubbles { get; set; }

    /// <summary>This thread's free run, or a new one, reporting to <paramref name="failures"/> and leaving out <paramref name="ignored"/>.</summary>
    public static CheckRun Rent(object failures, System.Collections.Frozen.FrozenSet<string>? ignored)
    {
        // Stryker disable once NullCoalescing : a new run finds what the free one does; the pool only saves allocations
        var run = s_free ?? new CheckRun();
        s_free = null;
        (run.Failures, run.Ignored) = (failures, ignored);
        return run;
    }

    /// <summary>Gives <paramref name="run"/> back for the next rule run on this thread; it keeps no names and no failures.</summary>
    public static void Return(CheckRun run)
    {
        // Stryker disable once Statement : clearing only lets the names be collected; a run overwrites every segment it reads
        Array.Clear(run._items);
        (run.Failures, run.Ignored, run.Bubbles) = (null, null, null);
        s_free = run;
    }

    public void Set(int depth, string name, int index)
    {
        if (depth == _items.Length)
        {
            Array.Resize(ref _items, depth * 2);
        }

        _items[depth] = (name, index);
    }

    /// <summary>The first <paramref name="depth"/> segments and then <paramref name="property"/>, dot-separated: <c>contents[2].action.uri</c>.</summary>
    public string Spell(int depth, string property)
    {
        if (depth == 0)
        {
            return property;
        }

        var path = new System.Text.StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            if (i > 0)
            {
                path.Append('.');
            }

            path.Append(_items[i].Name);
            if (_items[i].Index >= 0)
            {
                path.Append('[').Append(_items[i].Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (property.Length > 0)
        {
            path.Append('.').Append(property);
        }

        return path.ToString();
    }
}

/// <summary>Starts <see cref="NodeChecks{T}"/> in a validator: <c>this.Checks((node, c) => ...)</c>.</summary>
internal static class NodeChecksRule
{
    /// <summary>Adds the one rule that checks the node's own values.</summary>
    public static NodeRule<T> Checks<T>(this AbstractValidator<T> validator, Action<T, NodeChecks<T>> checks) =>
        validator.Checks(static _ => null, checks, options: null);

    /// <summary>
    /// Adds the one rule that checks a node that may hold boxes: a tree nested too deep gets the one finding of
    /// <paramref name="tooDeep"/>, as checking more of it would recurse through every level. The rules
    /// <paramref name="options"/> turn off report nothing.
    /// </summary>
    /// <returns>The rule, which LineFlex's façades also run on its own (<see cref="NodeRule{T}.Failures"/>).</returns>
    public static NodeRule<T> Checks<T>(this AbstractValidator<T> validator, Func<T, FlexFinding?> tooDeep, Action<T, NodeChecks<T>> checks, FlexValidatorOptions? options)
    {
        var rule = new NodeRule<T>(tooDeep, checks, FlexValidatorOptions.Snapshot(options));
        validator.RuleFor(node => node).Custom((node, context) => rule.Run(node, new NodeChecks<T>(CheckRun.Rent(context, rule.Ignored))));
        return rule;
    }
}

/// <summary>
/// The one rule of a LineFlex validator: the nesting check, then the checks of the node and of everything it holds.
/// FluentValidation runs it inside a validator call, which is how a team's validators include LineFlex's; the
/// façades that only report LineFlex's own rules (<see cref="FlexValidator"/>, <see cref="SendValidator"/>) run it
/// on its own, which finds the same failures in the same order without a FluentValidation context and result per call.
/// </summary>
internal sealed class NodeRule<T>(Func<T, FlexFinding?> tooDeep, Action<T, NodeChecks<T>> checks, System.Collections.Frozen.FrozenSet<string>? ignored)
{
    /// <summary>The codes of the rules left out; null when none is.</summary>
    public System.Collections.Frozen.FrozenSet<string>? Ignored => ignored;

    /// <summary>
    /// The failures of <paramref name="node"/>, at their wire paths from it, as a validator call would find them;
    /// <paramref name="bubbles"/>, the bubbles' bytes as the node was written, spare LF507 counting them again.
    /// </summary>
    public List<FluentValidation.Results.ValidationFailure> Failures(T node, WrittenBubbles? bubbles = null)
    {
        List<FluentValidation.Results.ValidationFailure> failures = [];
        var run = CheckRun.Rent(failures, ignored);
        run.Bubbles = bubbles;
        Run(node, new NodeChecks<T>(run));
        return failures;
    }

    /// <summary>Runs the rule with <paramref name="c"/>, whose run it gives back when done.</summary>
    public void Run(T node, NodeChecks<T> c)
    {
        try
        {
            if (tooDeep(node) is { } finding)
            {
                c.Fail(FlexRules.NestingDepth, finding.Path, finding.Message, finding.AttemptedValue);
                return;
            }

            checks(node, c);
        }
        finally
        {
            // Stryker disable once Statement : a run not given back is replaced by a new one at the next Rent
            CheckRun.Return(c.Run);
        }
    }
}
