using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PulmoPet.Study.Workspace;

/// <summary>
/// Case ids name the case folders of a workspace, so they are restricted to <c>[A-Za-z0-9._-]+</c> (not "." or "..").
/// Pseudonyms are <c>c</c> + the first 16 hex digits of HMAC-SHA256(salt, case_id): stable for one salt, not
/// reversible without it, and safe folder names.
/// </summary>
public static partial class CaseIds
{
    /// <summary>Hex digits kept from the HMAC: 64 bits, so a collision in a cohort of 10⁵ cases has odds ≈ 3·10⁻¹⁰.</summary>
    public const int PseudonymHexDigits = 16;

    public static bool IsSafe(string caseId) => SafePattern().IsMatch(caseId) && caseId is not "." and not "..";

    public static string Pseudonym(string caseId, byte[] salt)
    {
        byte[] mac = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(caseId));
        return "c" + Convert.ToHexStringLower(mac)[..PseudonymHexDigits];
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SafePattern();
}
