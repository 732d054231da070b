namespace LineFlex;

/// <summary>What probing a template for its approved shape needs beyond <see cref="IFlexTemplate"/>: its sample models, and building from any model.</summary>
internal interface IProbedTemplate
{
    /// <summary>The model of the sample named <paramref name="sample"/>.</summary>
    object? SampleModel(string sample);

    /// <summary>The message built from <paramref name="model"/>, of the template's model type.</summary>
    LineMessage BuildModel(object? model);
}
