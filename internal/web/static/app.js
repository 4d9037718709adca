// 密审 — a little plain JavaScript. Every page works without it; with it,
// uploads show progress, files can be dropped, and forms say when they are
// busy. It talks only to this server.
(function () {
  "use strict";

  function human(n) {
    if (n >= 1048576) return (n / 1048576).toFixed(1) + " MB";
    if (n >= 1024) return (n / 1024).toFixed(1) + " KB";
    return n + " 字节";
  }

  function setupUpload(form) {
    var input = form.querySelector("#file");
    var drop = form.querySelector("#drop");
    var picked = form.querySelector("#picked");
    var box = form.querySelector("#progress");
    var bar = form.querySelector("#bar");
    var text = form.querySelector("#progress-text");
    var errBox = form.querySelector("#upload-error");
    var submit = form.querySelector("#submit");
    var content = form.querySelector("#content");

    drop.classList.add("enhanced");

    function showPicked() {
      picked.textContent = "";
      var files = input.files || [];
      for (var i = 0; i < files.length; i++) {
        var li = document.createElement("li");
        var name = document.createElement("span");
        name.textContent = files[i].name;
        var size = document.createElement("span");
        size.className = "muted";
        size.textContent = human(files[i].size);
        li.appendChild(name);
        li.appendChild(size);
        picked.appendChild(li);
      }
    }
    input.addEventListener("change", showPicked);

    ["dragenter", "dragover"].forEach(function (t) {
      drop.addEventListener(t, function (e) {
        e.preventDefault();
        drop.classList.add("over");
      });
    });
    ["dragleave", "dragend"].forEach(function (t) {
      drop.addEventListener(t, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("over");
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      try {
        var dt = new DataTransfer();
        var i;
        for (i = 0; i < input.files.length; i++) dt.items.add(input.files[i]);
        for (i = 0; i < e.dataTransfer.files.length; i++) dt.items.add(e.dataTransfer.files[i]);
        input.files = dt.files;
      } catch (err) {
        input.files = e.dataTransfer.files;
      }
      showPicked();
    });

    function fail(msg) {
      errBox.textContent = msg;
      errBox.hidden = false;
      box.hidden = true;
      submit.disabled = false;
      submit.textContent = "提交审查";
    }

    form.addEventListener("submit", function (e) {
      if (!window.FormData || !window.XMLHttpRequest) return; // plain form post
      e.preventDefault();
      errBox.hidden = true;
      var hasText = content && content.value.replace(/\s+/g, "") !== "";
      if (!input.files.length && !hasText) {
        fail("请选择要审查的文件，或粘贴稿件文字。");
        return;
      }
      var data = new FormData(form);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
      xhr.setRequestHeader("Accept", "application/json");
      submit.disabled = true;
      submit.textContent = "正在提交…";
      box.hidden = false;
      bar.value = 0;
      text.textContent = "正在上传…";
      xhr.upload.addEventListener("progress", function (ev) {
        if (!ev.lengthComputable) return;
        var pct = Math.floor((ev.loaded / ev.total) * 100);
        bar.value = pct;
        text.textContent = "正在上传… " + pct + "%（" + human(ev.loaded) + " / " + human(ev.total) + "）";
      });
      xhr.upload.addEventListener("load", function () {
        bar.removeAttribute("value"); // indeterminate while the server scans
        text.textContent = "正在扫描…";
        submit.textContent = "正在扫描…";
        form.classList.add("scanning");
      });
      xhr.addEventListener("load", function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (err) { body = null; }
        if (xhr.status >= 200 && xhr.status < 300 && body && body.location && body.location.charAt(0) === "/") {
          text.textContent = "扫描完成，正在打开结果…";
          window.location.assign(body.location);
          return;
        }
        if (xhr.status === 401) {
          window.location.assign("/signin?next=%2Fupload");
          return;
        }
        fail((body && body.error) || ("提交失败（" + xhr.status + "），请稍后重试。"));
      });
      xhr.addEventListener("error", function () { fail("网络错误：无法连接服务器，请检查网络后重试。"); });
      xhr.addEventListener("timeout", function () { fail("等待服务器响应超时，请稍后重试。"); });
      xhr.send(data);
    });
  }

  function setupDecision() {
    // Typing a reason ticks the finding's "排除此项" box.
    var inputs = document.querySelectorAll(".f-dismiss input[type=text]");
    Array.prototype.forEach.call(inputs, function (inp) {
      inp.addEventListener("input", function () {
        var box = inp.parentNode.querySelector("input[type=checkbox]");
        if (box && inp.value.trim() !== "") box.checked = true;
      });
    });
  }

  function setupConfirm() {
    var forms = document.querySelectorAll("form[data-confirm]");
    Array.prototype.forEach.call(forms, function (f) {
      f.addEventListener("submit", function (e) {
        if (!window.confirm(f.getAttribute("data-confirm"))) e.preventDefault();
      });
    });
  }

  function setupBusy() {
    var b = document.getElementById("verify");
    if (!b || !b.form) return;
    b.form.addEventListener("submit", function () {
      b.textContent = "正在校验…";
      b.setAttribute("aria-busy", "true");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("upload");
    if (form) setupUpload(form);
    setupDecision();
    setupConfirm();
    setupBusy();
  });
})();
