namespace LineFlex.Cli;

/// <summary>
/// Renders a file of any shape the commands read for <c>lineflex preview</c>: a request, a message, a content, a
/// bubble, or LINE's own Flex JSON (imported first). <see cref="FlexFile"/> tells which and says so.
/// </summary>
internal static class PreviewFile
{
    /// <summary>The preview document of a file read with <see cref="FlexFile.Read"/>.</summary>
    public static string Render(FlexFile file, PreviewOptions options) => file.Node switch
    {
        LineRequest request => FlexPreview.Render(request, options),
        LineMessage message => FlexPreview.Render(message, options),
        LineNotificationContent content => FlexPreview.Render(new LineMessage { Content = content }, options),
        _ => FlexPreview.Render((FlexBubble)file.Node, options),
    };
}
