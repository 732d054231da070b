using System.Text;
using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>Starts a 200 answer, sends part of the promised body, then aborts the connection.</summary>
internal sealed record DropConnectionFault : SandboxFault
{
    private static readonly byte[] Partial = Encoding.UTF8.GetBytes("{\"bulkId\":\"dropped-mid-respon");

    internal override async Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = WireResponse.Json;

        // Promise more than is sent, so the client cannot mistake the cut for a complete body.
        context.Response.ContentLength = Partial.Length * 8;
        await context.Response.Body.WriteAsync(Partial, cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        context.Abort();
    }
}
