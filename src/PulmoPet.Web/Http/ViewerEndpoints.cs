using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PulmoPet.Imaging;
using PulmoPet.Web.Workspace;

namespace PulmoPet.Web.Http;

/// <summary>
/// The viewer's routes, all GET/HEAD. The only data served are the case ids (folder names), the whitelisted
/// lesion-table columns and the three case volumes with de-identified headers; every other path is 404.
/// </summary>
internal static class ViewerEndpoints
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static void Map(IEndpointRouteBuilder routes, StudyWorkspace workspace)
    {
        routes.MapMethods("/", ReadMethods, context => ServeAsset(context, EmbeddedAssets.Page));
        routes.MapMethods("/assets/{name}", ReadMethods, context =>
            ServeAsset(context, (string)context.GetRouteValue("name")!));
        routes.MapMethods("/api/cases", ReadMethods, context => ListCases(context, workspace));
        routes.MapMethods("/api/cases/{caseId}/lesions", ReadMethods, context =>
            ServeLesions(context, workspace, (string)context.GetRouteValue("caseId")!));
        routes.MapMethods("/api/cases/{caseId}/{file}", ReadMethods, context =>
            ServeVolume(context, workspace, (string)context.GetRouteValue("caseId")!, (string)context.GetRouteValue("file")!));
    }

    private static async Task ServeAsset(HttpContext context, string name)
    {
        if (name == EmbeddedAssets.Page && context.Request.Path != "/")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using Stream? asset = EmbeddedAssets.Open(name);
        if (asset is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = EmbeddedAssets.ContentType(name);
        context.Response.ContentLength = asset.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await asset.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }

    private static Task ListCases(HttpContext context, StudyWorkspace workspace)
    {
        var cases = workspace.CaseIds().Select(id => new CaseEntry(
            id,
            Enum.GetValues<CaseVolume>()
                .Where(volume => workspace.VolumePath(id, volume) is not null)
                .Select(CaseFiles.ServedName)
                .ToArray(),
            workspace.LesionTablePath(id) is not null));
        return WriteJson(context, StatusCodes.Status200OK, new { cases });
    }

    private static Task ServeLesions(HttpContext context, StudyWorkspace workspace, string caseId)
    {
        if (!StudyWorkspace.IsValidCaseId(caseId))
        {
            return NotFound(context);
        }

        string? path = workspace.LesionTablePath(caseId);
        if (path is null)
        {
            return NotFound(context);
        }

        try
        {
            var lesions = LesionTableReader.Read(path, DisplayName(caseId, CaseFiles.LesionTable));
            return WriteJson(context, StatusCodes.Status200OK, new { case_id = caseId, lesions });
        }
        catch (InvalidInputException exception)
        {
            return WriteJson(context, StatusCodes.Status422UnprocessableEntity, new { error = exception.Message });
        }
    }

    private static async Task ServeVolume(HttpContext context, StudyWorkspace workspace, string caseId, string file)
    {
        CaseVolume? volume = CaseFiles.FromServedName(file);
        string? path = volume is { } v && StudyWorkspace.IsValidCaseId(caseId) ? workspace.VolumePath(caseId, v) : null;
        if (path is null)
        {
            await NotFound(context);
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        try
        {
            await NiftiDeidentifier.CopyAsync(path, DisplayName(caseId, CaseFiles.FileName(volume!.Value)), context.Response.Body, context.RequestAborted);
        }
        catch (InvalidInputException exception) when (!context.Response.HasStarted)
        {
            await WriteJson(context, StatusCodes.Status422UnprocessableEntity, new { error = exception.Message });
        }
    }

    /// <summary>Errors name files relative to the workspace, as a user sees them in the case folder.</summary>
    private static string DisplayName(string caseId, string fileName) => $"{CaseFiles.CasesFolder}/{caseId}/{fileName}";

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static async Task WriteJson<T>(HttpContext context, int status, T value)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private sealed record CaseEntry(string Id, string[] Volumes, bool LesionTable);
}
