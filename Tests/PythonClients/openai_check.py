"""Drives the copilot's OpenAI-compatible endpoint with the official `openai` package and prints what
it saw as JSON. Run by Tests/CopilotServerTests (which asserts on the output and on the stored sessions):

    openai_check.py BASE_URL API_KEY

A question, a follow-up by resending the conversation (with the session marker as the client keeps
it, and again with the marker stripped), streaming, a refused tool call and a bad key. Anything
unexpected raises, so the process exits non-zero with a traceback.
"""

import json
import re
import sys
from importlib.metadata import version

import openai


def summary(completion):
    message = completion.choices[0].message
    return {
        "content": message.content,
        "role": message.role,
        "finish_reason": completion.choices[0].finish_reason,
        "session_id": (completion.model_extra or {}).get("session_id"),
        "kind": ((completion.model_extra or {}).get("copilot") or {}).get("kind"),
        "model": completion.model,
        "object": completion.object,
    }


def main():
    base_url, key = sys.argv[1], sys.argv[2]
    client = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0)
    report = {"versions": {"openai": version("openai")}}
    report["models"] = [model.id for model in client.models.list()]

    question = {"role": "user", "content": "revenue by category in 2025"}
    first = client.chat.completions.create(model="retail-copilot", messages=[question])
    report["first"] = summary(first)

    history = [question, {"role": "assistant", "content": first.choices[0].message.content}]
    follow = client.chat.completions.create(model="retail-copilot", messages=history + [{"role": "user", "content": "and in 2024?"}])
    report["follow_up"] = summary(follow)

    # A client that drops the marker (or rewrites assistant messages): found by the questions asked.
    stripped = re.sub(r"\n*\[//\]: # \(copilot-session [^)]*\)", "", follow.choices[0].message.content)
    third = client.chat.completions.create(model="retail-copilot", messages=history + [
        {"role": "user", "content": "and in 2024?"}, {"role": "assistant", "content": stripped},
        {"role": "user", "content": "only Electronics"}])
    report["without_marker"] = summary(third)

    chunks, finish, session = [], None, None
    stream = client.chat.completions.create(model="retail-copilot", stream=True, stream_options={"include_usage": True},
                                            messages=[{"role": "user", "content": "top 3 products by units sold in 2025"}])
    usage = None
    for chunk in stream:
        session = session or (chunk.model_extra or {}).get("session_id")
        if chunk.usage is not None:
            usage = chunk.usage.total_tokens
        for choice in chunk.choices:
            if choice.delta.content:
                chunks.append(choice.delta.content)
            finish = choice.finish_reason or finish
    report["stream"] = {"chunks": len(chunks), "content": "".join(chunks), "finish_reason": finish, "session_id": session,
                        "usage_total_tokens": usage}

    try:
        client.chat.completions.create(model="retail-copilot", messages=[question], tools=[
            {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}}}])
        report["tools"] = {"refused": False}
    except openai.BadRequestError as error:
        report["tools"] = {"refused": True, "status": error.status_code, "code": error.code, "message": str(error)}

    try:
        openai.OpenAI(base_url=base_url, api_key="ck_not_a_real_key", max_retries=0).chat.completions.create(
            model="retail-copilot", messages=[question])
        report["bad_key"] = {"refused": False}
    except openai.AuthenticationError as error:
        report["bad_key"] = {"refused": True, "status": error.status_code, "code": error.code}

    print(json.dumps(report))


if __name__ == "__main__":
    main()
