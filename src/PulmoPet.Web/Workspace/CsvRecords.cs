using System.Text;
using PulmoPet.Imaging;

namespace PulmoPet.Web.Workspace;

/// <summary>Splits CSV text into records of cells (RFC 4180: quoted cells may hold commas, quotes as "" and line breaks).</summary>
internal static class CsvRecords
{
    public static List<string[]> Parse(string text, string displayName)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    records.Add([.. cells]);
                    cells.Clear();
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new InvalidInputException($"{displayName} ends inside a quoted cell (a closing \" is missing).");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add([.. cells]);
        }

        return records;
    }
}
