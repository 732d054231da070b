namespace LineFlex;

// The rules of the components that hold no box: TEXT, SPAN, IMAGE, ICON, BUTTON and SEPARATOR.

/// <summary>Validates a TEXT and its SPANs.</summary>
internal sealed class TextValidator() : NodeValidator<FlexText>(Check)
{
    /// <summary>The checks of a TEXT, on its own or where it stands in a box.</summary>
    public static void Check<T>(FlexText text, NodeChecks<T> c)
    {
        if (text.Text is null && text.Contents is not { Count: > 0 })
        {
            c.Fail(FlexRules.TextOrContentsRequired, "text", "A TEXT needs text or at least one SPAN in contents.", null);
        }
        else if (text.Text is { } shown && text.Contents is not { Count: > 0 } && string.IsNullOrWhiteSpace(shown))
        {
            // With SPANs, LINE shows them and ignores text, so a blank text beside them shows nothing wrong.
            c.Fail(FlexRules.TextBlank, "text", $"The TEXT is {ContentValidator.Blank(shown)}; the value it was built from is probably missing. Show a placeholder, or leave the TEXT out when there is nothing to say.", shown);
        }

        c.NoNullItems("contents", text.Contents, "span");
        for (var i = 0; text.Contents is not null && i < text.Contents.Count; i++)
        {
            if (text.Contents[i] is { } span)
            {
                SpanValidator.Check(span, c.Below("contents", i));
            }
        }

        c.WellFormed(text);
        c.Flexible(text);
        c.AtLeast(FlexRules.MaxLinesRange, "maxLines", text.MaxLines);
        ActionValidators.Check(text.Action, c);
    }
}

/// <summary>Validates a SPAN, on its own or (through <see cref="Check{T}"/>) inside a TEXT.</summary>
internal sealed class SpanValidator() : NodeValidator<FlexSpan>(Check)
{
    /// <summary>
    /// A SPAN's values. A TEXT checks its SPANs with this directly: a SPAN holds no children, and a
    /// validator call per SPAN would cost more than its checks.
    /// </summary>
    public static void Check<T>(FlexSpan span, NodeChecks<T> c)
    {
        c.Required(FlexRules.SpanTextRequired, "text", span.Text);
        if (span.Text is { } shown && string.IsNullOrWhiteSpace(shown))
        {
            c.Fail(FlexRules.TextBlank, "text", $"The SPAN is {ContentValidator.Blank(shown)}; the value it was built from is probably missing. Leave the SPAN out when there is nothing to say.", shown);
        }
        c.WellFormed(span);
    }
}

/// <summary>Validates an IMAGE.</summary>
internal sealed class ImageValidator() : NodeValidator<FlexImage>(Check)
{
    /// <summary>The checks of a IMAGE, on its own or where it stands in a box.</summary>
    public static void Check<T>(FlexImage image, NodeChecks<T> c)
    {
        CheckUrl(FlexRules.ImageUrlRequired, FlexRules.ImageUrlLength, "An IMAGE", image.Url, c);
        c.WellFormed(image);
        c.Flexible(image);
        ActionValidators.Check(image.Action, c);
    }

    /// <summary>The checks of an image's <c>url</c>, an IMAGE's or an ICON's: present, at most 2000 characters, HTTPS.</summary>
    internal static void CheckUrl<T>(FlexRule required, FlexRule length, string owner, string? url, NodeChecks<T> c)
    {
        c.Required(required, "url", url);
        c.MaxChars(length, "url", url);
        c.HttpsUrl(FlexRules.ImageUrlHttps, owner, url);
    }
}

/// <summary>Validates an ICON.</summary>
internal sealed class IconValidator() : NodeValidator<FlexIcon>(Check)
{
    /// <summary>The checks of a ICON, on its own or where it stands in a box.</summary>
    public static void Check<T>(FlexIcon icon, NodeChecks<T> c)
    {
        ImageValidator.CheckUrl(FlexRules.IconUrlRequired, FlexRules.IconUrlLength, "An ICON", icon.Url, c);
        c.WellFormed(icon);
    }
}

/// <summary>Validates a BUTTON.</summary>
internal sealed class ButtonValidator() : NodeValidator<FlexButton>(Check)
{
    /// <summary>The checks of a BUTTON, on its own or where it stands in a box.</summary>
    public static void Check<T>(FlexButton button, NodeChecks<T> c)
    {
        c.Required(FlexRules.ButtonActionRequired, "action", button.Action);
        c.WellFormed(button);
        c.Flexible(button);
        ActionValidators.Check(button.Action, c);
    }
}

/// <summary>Validates a SEPARATOR.</summary>
internal sealed class SeparatorValidator() : NodeValidator<FlexSeparator>(Check)
{
    /// <summary>The checks of a SEPARATOR, on its own or where it stands in a box.</summary>
    public static void Check<T>(FlexSeparator separator, NodeChecks<T> c) => c.WellFormed(separator);
}
