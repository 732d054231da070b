namespace LineFlex;

/// <summary>
/// The preview's stylesheet, written from LINE's documented layout rules (see docs/preview.md): boxes are flex
/// containers; a child of a horizontal or baseline box takes <c>flex: 1 0 0</c> unless it says otherwise, a child of a
/// vertical box <c>flex: 0 0 auto</c>. The figures LINE does not document (a block's 20px padding, 10px in the footer;
/// the bubble widths and corners; separator and button sizes) are measured: they agree with the open-source flex2html
/// renderer, as docs/preview.md says. A finding's badge sits above the component it marks, outside the
/// text, which the clip lets it overflow into. The values a message sets are written inline by <see cref="BubbleWriter"/>.
/// </summary>
internal static class PreviewStylesheet
{
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;padding:16px;background:#8fa9cf;color:#111111;font-family:"Noto Sans","Noto Sans Thai","Noto Sans CJK JP",Arial,sans-serif;font-size:14px;line-height:1.4}
        h1{margin:0 0 12px;font-size:18px;color:#ffffff}
        .lf-card{margin:0 0 24px;max-width:100%}
        .lf-chatlist{display:flex;align-items:center;gap:8px;width:min(100%,500px);margin:0 0 8px;padding:8px 12px;border-radius:8px;background:#ffffff}
        .lf-avatar{flex:0 0 auto;width:32px;height:32px;border-radius:50%;background:#06c755}
        .lf-chatline{min-width:0;display:flex;flex-direction:column}
        .lf-sender{font-weight:700;font-size:13px}
        .lf-alttext{overflow:hidden;white-space:nowrap;text-overflow:ellipsis;color:#555555;font-size:13px}
        .lf-bubble{display:flex;flex-direction:column;overflow:hidden;border-radius:17px;background:#ffffff;width:300px;max-width:none}
        .lf-nano{width:120px;border-radius:10px}.lf-micro{width:160px;border-radius:10px}.lf-kilo{width:260px;border-radius:10px}.lf-mega{width:300px}.lf-giga{width:500px}
        .lf-block{display:flex;flex-direction:column}
        .lf-block-body{flex:1 0 auto}
        .lf-block>.lf-box{padding:20px}
        .lf-block-footer>.lf-box{padding:10px}
        .lf-box{display:flex;position:relative;min-width:0;min-height:0;overflow:visible}
        .lf-h{flex-direction:row}
        .lf-v{flex-direction:column}
        .lf-b{flex-direction:row;align-items:baseline}
        .lf-h>*,.lf-b>*{flex:1 0 0;min-width:0}
        .lf-v>*{flex:0 0 auto}
        .lf-text{position:relative;margin:0;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font-size:16px;line-height:1.4}
        .lf-wrap{white-space:pre-wrap;overflow-wrap:anywhere;text-overflow:clip;-webkit-box-orient:vertical}
        .lf-span{position:relative}
        .lf-image{position:relative;display:flex;justify-content:center;align-items:flex-start;min-width:0}
        .lf-img{display:block;width:100px;max-width:100%;aspect-ratio:1 / 1;object-fit:contain}
        .lf-icon{display:inline-block;height:16px;aspect-ratio:1 / 1;width:auto;object-fit:contain}
        .lf-h>.lf-icon,.lf-b>.lf-icon,.lf-h>.lf-separator,.lf-b>.lf-separator{flex:0 0 auto}
        .lf-placeholder{background:#d5dbe3;color:#a33;text-align:center;overflow:hidden;font-size:12px}
        .lf-separator{position:relative;align-self:stretch;border:0 solid #dddddd;border-top-width:1px}
        .lf-h>.lf-separator{border-top-width:0;border-inline-start-width:1px}
        .lf-button{position:relative;display:flex;align-items:center;justify-content:center;height:52px;padding:0 16px;border-radius:8px;font-size:16px;line-height:1.4;text-decoration:none;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
        .lf-label{min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
        .lf-sm{height:40px}
        .lf-primary{background-color:#17c950;color:#ffffff}
        .lf-secondary{background-color:#dcdfe5;color:#111111}
        .lf-link{background-color:transparent;color:#42659a}
        .lf-misplaced{position:relative;padding:2px;color:#a33;font-size:11px}
        .lf-note{margin:0;color:#a33;font-size:11px}
        .lf-invalid{outline:2px dashed #e0245e;outline-offset:-2px}
        .lf-invalid::after{content:attr(data-findings);position:absolute;z-index:1;bottom:100%;inset-inline-end:0;padding:0 3px;background:#e0245e;color:#ffffff;font:700 10px/14px sans-serif;font-style:normal;text-decoration:none;white-space:nowrap}
        .lf-text.lf-invalid,.lf-button.lf-invalid{overflow:clip;overflow-clip-margin:16px;clip-path:inset(-16px 0 0 0)}
        .lf-report{width:min(100%,500px);margin:8px 0 0;padding:8px 12px;border-radius:8px;background:#ffffff;font-size:13px}
        .lf-report h2{margin:0 0 4px;font-size:13px}
        .lf-report ol,.lf-report ul{margin:0;padding-inline-start:20px}
        .lf-report code{overflow-wrap:anywhere}
        .lf-error{color:#b00020}
        .lf-warning{color:#8a5a00}
        .lf-details{border-collapse:collapse;font-size:12px}
        .lf-details th{padding:1px 8px 1px 0;white-space:nowrap;text-align:start;font-weight:400;color:#555555;vertical-align:top}
        .lf-details td{padding:1px 0;overflow-wrap:anywhere}
        .lf-entry{margin:0 0 32px}
        .lf-entry>h2{margin:0 0 8px;font-size:14px;color:#ffffff}
        .lf-entry>h2 a,h1 a{color:inherit}
        .lf-details td.lf-status{white-space:nowrap;overflow-wrap:normal;padding-inline-end:8px}
        .lf-phone{width:min(100%,540px);padding:12px;border-radius:24px;background:#7c98c0}
        .lf-report pre{margin:4px 0 0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px}
        """;
}
