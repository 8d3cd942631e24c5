/** Words of submit = sign (issue 11): 平台内签署确认, never called an electronic signature. */
export const SIGN_STRINGS = {
  title: '提交并签署评分表',
  firstTitle: '设置签名口令并提交',
  text: (fp: string) =>
    `提交后，评分表将以您的签名密钥签署（平台内签署确认，密钥指纹 ${fp}），不能再修改；如需修改，须由秘书处附理由退回。`,
  firstText:
    '首次提交需要先设置签名口令：口令用于在本机加密保存您的签名密钥，以后每次提交评分表时输入。请牢记口令；遗失后需由秘书处办理更换密钥。',
  passphrase: '签名口令',
  passphraseAgain: '再次输入口令',
  passphraseMissing: '请输入签名口令',
  passphraseShort: '口令至少需要 6 个字符',
  passphraseMismatch: '两次输入的口令不一致',
  ok: '签署并提交',
  firstOk: '设置口令并提交',
  cancel: '取消',
  submittedOk: (version: number) => `评分表已签署提交（第 ${version} 版）`,
  signedBlock: (version: number, fp: string) => `平台内签署确认 · 第 ${version} 版 · 密钥指纹 ${fp}`,
}
