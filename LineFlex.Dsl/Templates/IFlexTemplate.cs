namespace LineFlex;

/// <summary>
/// A message template of any model type, as a registry, a test or a gallery sees it: its name, what it is for,
/// its sample models, and a way to build a message from one of them. Implement it by deriving from
/// <see cref="FlexTemplate{TModel}"/>.
/// </summary>
/// <remarks>See docs/templates.md.</remarks>
public interface IFlexTemplate
{
    /// <summary>The stable name: lowercase words joined by hyphens (<c>order-confirmation</c>). Tests, snapshots and the gallery are named after it.</summary>
    string Name { get; }

    /// <summary>What the notification tells its reader, in a sentence.</summary>
    string Description { get; }

    /// <summary>The type of model <see cref="BuildSample"/> and the typed <c>Build</c> take.</summary>
    Type ModelType { get; }

    /// <summary>The names of the sample models, in order (<c>th</c>, <c>ja</c>, <c>en</c>, <c>30-items</c>).</summary>
    IReadOnlyList<string> SampleNames { get; }

    /// <summary>The message the template builds from the sample named <paramref name="sample"/>: alt text, bubble and the options the template sets; no sender or destinations.</summary>
    /// <exception cref="ArgumentException">The template has no sample of that name.</exception>
    LineMessage BuildSample(string sample);

    /// <summary>The variant the sample named <paramref name="sample"/> makes (<c>th</c>); see <see cref="FlexTemplate{TModel}.VariantOf"/>.</summary>
    /// <exception cref="ArgumentException">The template has no sample of that name.</exception>
    string SampleVariant(string sample);

    /// <summary>Fills <paramref name="message"/> from the sample named <paramref name="sample"/>, as <see cref="BuildSample"/> does, so the caller can add sender and destinations.</summary>
    /// <exception cref="ArgumentException">The template has no sample of that name.</exception>
    void ComposeSample(MessageBuilder message, string sample);
}
