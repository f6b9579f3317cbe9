using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PulmoPet.Web.Tests;

/// <summary>
/// A minimal Chrome DevTools protocol client over one page target's WebSocket: commands are JSON messages
/// with an id, answered by a message with the same id; events (no id) are kept for diagnostics.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    /// <summary>Uncaught exceptions and console errors reported by the page.</summary>
    public ConcurrentQueue<string> PageErrors { get; } = new();

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var session = new DevToolsSession();
        session._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session._socket.ConnectAsync(webSocketUrl, cancellationToken);
        session._receiving = Task.Run(session.ReceiveLoop);
        return session;
    }

    public async Task<JsonObject> SendAsync(string method, object? parameters, CancellationToken cancellationToken)
    {
        int id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        byte[] message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        JsonObject reply = await answer.Task;
        if (reply["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
        }

        return reply["result"]?.AsObject() ?? new JsonObject();
    }

    /// <summary>Evaluates a JavaScript expression in the page (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        JsonObject result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true }, cancellationToken);
        if (result["exceptionDetails"] is JsonNode exception)
        {
            throw new InvalidOperationException($"The page threw evaluating {expression}: {exception.ToJsonString()}");
        }

        return result["result"]?["value"];
    }

    /// <summary>Clicks with the left mouse button at a point of the page (CSS pixels), as a person would.</summary>
    public async Task ClickAsync(double x, double y, CancellationToken cancellationToken)
    {
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y }, cancellationToken);
        await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", clickCount = 1 }, cancellationToken);
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", clickCount = 1 }, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length))!.AsObject();
                message.SetLength(0);
                if (json["id"] is JsonNode id && _pending.TryRemove(id.GetValue<int>(), out var answer))
                {
                    answer.TrySetResult(json);
                }
                else
                {
                    Observe(json);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            foreach (var answer in _pending.Values)
            {
                answer.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
            }
        }
    }

    private void Observe(JsonObject message)
    {
        string? method = message["method"]?.GetValue<string>();
        if (method == "Runtime.exceptionThrown")
        {
            PageErrors.Enqueue(message["params"]?["exceptionDetails"]?.ToJsonString() ?? "exception");
        }
        else if (method == "Log.entryAdded" && message["params"]?["entry"]?["level"]?.GetValue<string>() == "error")
        {
            PageErrors.Enqueue(message["params"]!["entry"]!["text"]?.GetValue<string>() ?? "error");
        }
    }
}
