namespace LineFlex;

/// <summary>
/// A message template: a stable name, a description, how a message is composed from a model, and named sample
/// models. Derive from it once per notification, with a public parameterless constructor so that
/// <see cref="FlexTemplateRegistry.FromAssembly"/> finds it:
/// <code>
/// public sealed class OrderShipped : FlexTemplate&lt;Order&gt;
/// {
///     public override string Name =&gt; "order-shipped";
///     public override string Description =&gt; "Tells the buyer the order left the warehouse.";
///     protected override void Compose(MessageBuilder message, Order order) =&gt;
///         message.AltText($"Order {order.Number} shipped").Bubble(b =&gt; b.Body(body =&gt; body.Text("Shipped")));
///     public override IEnumerable&lt;FlexSample&lt;Order&gt;&gt; Samples =&gt; [new("en", new Order("A-1"))];
/// }
/// </code>
/// </summary>
/// <typeparam name="TModel">The data one message is built from.</typeparam>
/// <remarks>See docs/templates.md.</remarks>
public abstract class FlexTemplate<TModel> : IFlexTemplate, IProbedTemplate
{
    private IReadOnlyList<FlexSample<TModel>>? _samples;
    private TemplateVariants? _variants;

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <summary>The sample models, each with a name unique within the template; at least one.</summary>
    public abstract IEnumerable<FlexSample<TModel>> Samples { get; }

    /// <inheritdoc/>
    public Type ModelType => typeof(TModel);

    /// <inheritdoc/>
    public IReadOnlyList<string> SampleNames => [.. CheckedSamples().Select(s => s.Name)];

    /// <summary>The message built from <paramref name="model"/>: alt text, bubble and the options the template sets; no sender or destinations.</summary>
    public LineMessage Build(TModel model)
    {
        var message = Flex.Message();
        ComposeInto(message, model);
        return message.Build();
    }

    /// <summary>Fills <paramref name="message"/> from <paramref name="model"/>, noting the template and variant on it; called by <see cref="MessageBuilder.Template{TModel}"/>.</summary>
    internal void ComposeInto(MessageBuilder message, TModel model)
    {
        ArgumentNullException.ThrowIfNull(message);
        Compose(message, model);
        message.Origin = new FlexTemplateOrigin(Name, VariantOf(model));
    }

    /// <summary>
    /// The variant <paramref name="model"/> makes: LINE approves each variant of a template on its own, since its
    /// fixed texts differ (one per language, say). By default the values of the model's enum properties
    /// (<c>Language.Thai</c>) tell variants apart, and a variant is named after the first sample with those values
    /// (<c>th</c>); a model without enum properties makes one variant, <c>default</c>. Override it to say otherwise.
    /// </summary>
    /// <remarks>See docs/approval.md.</remarks>
    public virtual string VariantOf(TModel model) => (_variants ??= new TemplateVariants(typeof(TModel), CheckedSamples().Select(s => (s.Name, (object?)s.Model)))).Of(model);

    /// <inheritdoc/>
    public string SampleVariant(string sample) => VariantOf(Sample(sample).Model);

    object? IProbedTemplate.SampleModel(string sample) => Sample(sample).Model;

    LineMessage IProbedTemplate.BuildModel(object? model) => Build((TModel)model!);

    /// <inheritdoc/>
    public LineMessage BuildSample(string sample) => Build(Sample(sample).Model);

    /// <inheritdoc/>
    public void ComposeSample(MessageBuilder message, string sample) => ComposeInto(message, Sample(sample).Model);

    /// <summary>The sample named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">There is none of that name; the message lists the names there are.</exception>
    public FlexSample<TModel> Sample(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CheckedSamples().FirstOrDefault(s => s.Name == name)
            ?? throw new ArgumentException($"Template \"{Name}\" has no sample \"{FlexLimits.Excerpt(name)}\"; its samples are {string.Join(", ", SampleNames)}.", nameof(name));
    }

    /// <summary>The template's name.</summary>
    public override string ToString() => Name;

    /// <summary>
    /// Fills the parts of the message the template owns: <c>AltText</c>, <c>Bubble</c>, and any options
    /// (validity, webhooks) it sets. The sender and the destinations are the caller's.
    /// </summary>
    /// <param name="message">The message being built.</param>
    /// <param name="model">The data of this one message.</param>
    protected abstract void Compose(MessageBuilder message, TModel model);

    /// <summary>A name the registry, file names and test names can rely on.</summary>
    internal static bool IsStableName(string? name)
    {
        // Lowercase words of ASCII letters and digits joined by single hyphens: order-confirmation, 30-items.
        if (string.IsNullOrEmpty(name) || name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        return name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }

    private IReadOnlyList<FlexSample<TModel>> CheckedSamples()
    {
        if (_samples is not null)
        {
            return _samples;
        }

        List<FlexSample<TModel>> samples = [.. Samples ?? []];
        if (samples.Count == 0)
        {
            throw new InvalidOperationException($"Template \"{Name}\" has no samples. Give it at least one named sample model, so it can be tested and previewed.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            if (sample is null || !IsStableName(sample.Name) || !names.Add(sample.Name))
            {
                throw new InvalidOperationException(
                    $"Template \"{Name}\" has a sample that is null, or named \"{FlexLimits.Excerpt(sample?.Name ?? "null")}\" twice or in a way a file name cannot carry. " +
                    "Name each sample once, in lowercase words joined by hyphens (th, en, 30-items).");
            }
        }

        return _samples = samples;
    }
}
