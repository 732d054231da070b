using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>Waits real time, then answers normally; a client that gives up first ends the wait.</summary>
internal sealed record DelayFault(TimeSpan Duration) : SandboxFault
{
    internal override async Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Duration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client left or the server is stopping: nobody is waiting for the answer any more.
            context.Abort();
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
