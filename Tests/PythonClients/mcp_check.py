"""Drives the copilot's MCP server with the official MCP Python SDK and prints what it saw as JSON.

Run by Tests/CopilotMCPTests (which asserts on the output and on the server's state):

    mcp_check.py stdio SCENARIO PARAMS_JSON -- COMMAND ARG...    # starts `copilot mcp` itself
    mcp_check.py http SCENARIO PARAMS_JSON URL API_KEY            # a live `copilot serve` /mcp

SCENARIO is `full` (an operator or admin: every tool, a follow-up, a refused statement, an action
proposed then confirmed twice) or `viewer` (a viewer key: run_sql and confirm_action refused).
Anything unexpected raises, so the process exits non-zero with a traceback.
"""

import asyncio
import json
import os
import sys
from importlib.metadata import version

import httpx2
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client


def structured(result):
    """A tool result as {"error": bool, "data": structured content, "text": first text block}."""
    text = next((block.text for block in result.content if getattr(block, "type", "") == "text"), "")
    return {"error": bool(result.is_error), "data": result.structured_content, "text": text}


async def full(client, params):
    report = {}
    tools = (await client.list_tools()).tools
    report["tools"] = {
        tool.name: {
            "read_only": tool.annotations.read_only_hint if tool.annotations else None,
            "destructive": tool.annotations.destructive_hint if tool.annotations else None,
            "input_required": tool.input_schema.get("required", []),
            "has_output_schema": tool.output_schema is not None,
            "description_words": len((tool.description or "").split()),
        }
        for tool in tools
    }
    resources = (await client.list_resources()).resources
    report["resources"] = sorted(str(resource.uri) for resource in resources)
    document = await client.read_resource("copilot://knowledge/returns-and-refunds.md")
    report["document_chars"] = len(document.contents[0].text)
    model = await client.read_resource("copilot://model/semantic-model.json")
    report["model_metrics"] = len(json.loads(model.contents[0].text)["metrics"])

    first = structured(await client.call_tool("ask", {"question": "revenue in 2025"}))
    follow = structured(await client.call_tool("ask", {"question": "and last year?", "session_id": first["data"]["session_id"]}))
    report["ask"] = first
    report["follow_up"] = follow
    report["breakdown"] = structured(await client.call_tool("ask", {"question": "revenue by category in 2025"}))
    report["refused_sql"] = structured(await client.call_tool("run_sql", {"sql": "DROP TABLE orders"}))
    report["sql"] = structured(await client.call_tool("run_sql", {"sql": "SELECT count(*) AS n FROM orders"}))
    report["search"] = structured(await client.call_tool("search_knowledge", {"query": "return window", "limit": 3}))
    report["describe"] = structured(await client.call_tool("describe_data", {}))
    report["foreign_session"] = structured(await client.call_tool("ask", {"question": "revenue", "session_id": "0" * 32}))
    report["bad_arguments"] = structured(await client.call_tool("search_knowledge", {"query": "returns", "limit": "many"}))

    proposal = structured(await client.call_tool("propose_action", {
        "action": "restock_product", "arguments": {"product_id": params["product_id"], "quantity": 7}}))
    report["proposal"] = proposal
    action_id = proposal["data"]["action"]["id"]
    # A chat "confirm" in the proposal's conversation must not carry it out over MCP.
    report["chat_confirm"] = structured(await client.call_tool("ask", {"question": "confirm",
                                                                        "session_id": proposal["data"]["session_id"]}))
    report["confirm"] = structured(await client.call_tool("confirm_action", {"action_id": action_id}))
    report["confirm_again"] = structured(await client.call_tool("confirm_action", {"action_id": action_id}))
    # Proposed through ask: the reply points to confirm_action, and nothing is carried out.
    report["ask_proposal"] = structured(await client.call_tool("ask", {
        "question": f"restock product {params['product_id']} with 5 units"}))
    report["invalid_action"] = structured(await client.call_tool("propose_action", {
        "action": "restock_product", "arguments": {"product_id": params["product_id"], "quantity": -3}}))
    return report


async def viewer(client, params):
    report = {"tools": sorted(tool.name for tool in (await client.list_tools()).tools)}
    report["ask"] = structured(await client.call_tool("ask", {"question": "orders last month"}))
    report["run_sql"] = structured(await client.call_tool("run_sql", {"sql": "SELECT 1"}))
    report["confirm"] = structured(await client.call_tool("confirm_action", {"action_id": "act_0123"}))
    return report


async def main():
    transport, scenario, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    run = {"full": full, "viewer": viewer}[scenario]
    report = {"versions": {"mcp": version("mcp"), "httpx2": version("httpx2")}}
    if transport == "stdio":
        command = sys.argv[sys.argv.index("--") + 1:]
        server = StdioServerParameters(command=command[0], args=command[1:], env=dict(os.environ))
        async with Client(server, read_timeout_seconds=60) as client:
            report["protocol_version"] = client.protocol_version
            report["server"] = client.server_info.name
            report.update(await run(client, params))
    else:
        url, key = sys.argv[4], sys.argv[5]
        async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"},
                                      timeout=httpx2.Timeout(30, read=300)) as http:
            async with Client(streamable_http_client(url, http_client=http), read_timeout_seconds=60) as client:
                report["protocol_version"] = client.protocol_version
                report["server"] = client.server_info.name
                report.update(await run(client, params))
    print(json.dumps(report, default=str))


if __name__ == "__main__":
    asyncio.run(main())
