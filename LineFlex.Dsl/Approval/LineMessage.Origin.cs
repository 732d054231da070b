namespace LineFlex;

public sealed partial record LineMessage
{
    private OriginNote _origin;

    /// <summary>
    /// The template and variant this message was built from, when it was built by one
    /// (<see cref="MessageBuilder.Template{TModel}"/>, <see cref="FlexTemplate{TModel}.Build"/>); null otherwise.
    /// Not written to the wire, and not part of the message's equality: two messages that read the same are equal.
    /// </summary>
    public FlexTemplateOrigin? Origin => _origin.Value;

    /// <summary>This message, noted as built from <paramref name="origin"/>.</summary>
    internal LineMessage WithOrigin(FlexTemplateOrigin origin) => this with { _origin = new OriginNote(origin) };

    // Equal to every other note, so a record's equality and hash code ignore where a message came from.
    private readonly struct OriginNote(FlexTemplateOrigin? value) : IEquatable<OriginNote>
    {
        public FlexTemplateOrigin? Value { get; } = value;

        public bool Equals(OriginNote other) => true;

        public override bool Equals(object? obj) => obj is OriginNote;

        public override int GetHashCode() => 0;
    }
}
